/**
 * Clean-up to run if the user presses Ctrl-C while we hold a staging folder or
 * a half-applied change. Handlers run in reverse order, then the process exits 130.
 */
const handlers: (() => void)[] = [];
let installed = false;

export function onInterrupt(fn: () => void): () => void {
  if (!installed) {
    installed = true;
    const run = () => {
      for (const h of handlers.splice(0).reverse()) {
        try {
          h();
        } catch {
          // keep cleaning up the rest
        }
      }
      process.exitCode = 130;
      process.exit(130);
    };
    process.once("SIGINT", run);
    process.once("SIGTERM", run);
  }
  handlers.push(fn);
  return () => {
    const i = handlers.indexOf(fn);
    if (i >= 0) handlers.splice(i, 1);
  };
}
