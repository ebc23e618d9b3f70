type Env = Record<string, string | undefined>;

/**
 * Whether output to this stream may carry colour: never with NO_COLOR set (no-color.org),
 * FORCE_COLOR=0 or TERM=dumb; always with another FORCE_COLOR; else only on a terminal.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: Env = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false") return false;
  if (env.TERM === "dumb") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return true;
  return stream.isTTY === true;
}

const paint = (code: number) => (s: string) => (colorEnabled(process.stdout) ? `\x1b[${code}m${s}\x1b[0m` : s);
export const bold = paint(1);
export const dim = paint(2);
export const green = paint(32);
export const yellow = paint(33);
export const cyan = paint(36);

/** The width text is laid out for: the terminal's, else 80 (a pipe, a file, CI). */
export const columnsOf = (stream: { columns?: number; isTTY?: boolean } = process.stdout): number =>
  stream.isTTY && stream.columns ? stream.columns : 80;

/**
 * Text wrapped at word boundaries to `width`, every line after the first indented by `indent`; a word
 * longer than a line is cut. What we wrap is our own text (ASCII, a few narrow symbols, SGR colours), so
 * a code-point count is its width. (wrap-ansi measures graphemes with an Intl.Segmenter and Unicode
 * property patterns that cost ~30 ms to set up, a fifth of a whole `create`.)
 */
export function wrap(text: string, width: number, indent = 0): string {
  const room = Math.max(10, width - indent);
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (visibleWidth(paragraph) <= room) {
      out.push(paragraph);
      continue;
    }
    let line = "";
    for (let word of paragraph.split(" ").filter((w) => w !== "")) {
      while (visibleWidth(word) > room) {
        if (line) out.push(line), (line = "");
        const [head, rest] = cutAt(word, room);
        out.push(head);
        word = rest;
      }
      if (line && visibleWidth(line) + 1 + visibleWidth(word) > room) out.push(line), (line = word);
      else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.join(`\n${" ".repeat(indent)}`);
}

/** A word cut after `n` visible characters, colour codes kept whole. */
function cutAt(word: string, n: number): [string, string] {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < n) {
    const sgr = /^\x1b\[[0-9;]*m/.exec(word.slice(i));
    if (sgr) i += sgr[0].length;
    else i += String.fromCodePoint(word.codePointAt(i)!).length, seen++;
  }
  return [word.slice(0, i), word.slice(i)];
}

/** Visible width: ANSI colour codes take no room. */
export const visibleWidth = (s: string) => [...s.replace(/\x1b\[[0-9;]*m/g, "")].length;
