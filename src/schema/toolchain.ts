/**
 * A starter's toolchain entry ("node", "php>=8.3") and what a machine was found to have.
 * Pure data: the CLI's edge probes the machine (machine/probe.ts); the core only reads the result.
 */
export interface Requirement {
  /** The entry as written in starter.json. */
  entry: string;
  tool: string;
  min?: string;
}

/** One tool as found on this machine: absent, present, or present with the version it reported. */
export interface ToolFound {
  found: boolean;
  version?: string;
}

/** What the probe saw, per tool name. A tool not listed was not looked for. */
export type Machine = Record<string, ToolFound>;

export function parseRequirement(entry: string): Requirement {
  const m = /^\s*([^\s>=]+)\s*(?:>=\s*(\d+(?:\.\d+)*))?\s*$/.exec(entry);
  if (!m) throw new Error(`toolchain entry "${entry}": expected "tool" or "tool>=version"`);
  return { entry, tool: m[1]!, ...(m[2] !== undefined && { min: m[2] }) };
}

/** -1, 0 or 1, comparing dotted versions number by number ("1.9" < "1.15"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * Pure: what of a toolchain this machine lacks, worded for a person
 * ("php >= 8.3 (found 8.2.7)", "composer (not found)"); empty when it all runs here.
 */
export function missingOf(toolchain: readonly string[], machine: Machine): string[] {
  const out: string[] = [];
  for (const req of toolchain.map(parseRequirement)) {
    const t = machine[req.tool];
    if (!t?.found) out.push(`${req.tool}${req.min ? ` >= ${req.min}` : ""} (not found)`);
    else if (req.min && (!t.version || compareVersions(t.version, req.min) < 0))
      out.push(`${req.tool} >= ${req.min} (found ${t.version ?? "a version that did not say"})`);
  }
  return out;
}
