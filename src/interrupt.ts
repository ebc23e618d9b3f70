/**
 * Clean-up to run if the user presses Ctrl-C while we hold a staging folder or
 * a half-applied change. Modules register here; the CLI, the one exit point,
 * runs them on SIGINT/SIGTERM before it exits.
 */
const handlers: (() => void)[] = [];

export function onInterrupt(fn: () => void): () => void {
  handlers.push(fn);
  return () => {
    const i = handlers.indexOf(fn);
    if (i >= 0) handlers.splice(i, 1);
  };
}

/** Runs every registered clean-up, newest first; one that fails does not stop the others. */
export function runInterruptHandlers(): void {
  for (const h of handlers.splice(0).reverse()) {
    try {
      h();
    } catch {
      // keep cleaning up the rest
    }
  }
}

/** What to tell the user if they interrupt now (during an install: the starter is written, how to finish). */
let note: string | undefined;

export function setInterruptNote(text: string | undefined): void {
  note = text;
}

export function interruptNote(): string | undefined {
  return note;
}
