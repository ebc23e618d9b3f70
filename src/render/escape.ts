/**
 * Per-language escaping: the only way a user-supplied value (the project name)
 * enters generated code. Each identifier helper returns something valid in its
 * ecosystem for any input; each string helper returns a quoted literal.
 */

const words = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean);

/** Lowercase npm package name: a-z 0-9 - . _ ~, starting with a letter or digit. */
export function npmName(s: string): string {
  const out = s.toLowerCase().replace(/[^a-z0-9._~-]+/g, "-").replace(/^[._~-]+/, "").replace(/[._~-]+$/, "");
  return out.slice(0, 214) || "app";
}

const PY_KEYWORDS = new Set(
  "false none true and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case type".split(" "),
);
/** Python module / package identifier: snake_case, not a keyword, not starting with a digit. */
export function pyModule(s: string): string {
  let out = words(s).join("_").toLowerCase() || "app";
  if (/^[0-9]/.test(out)) out = `app_${out}`;
  return PY_KEYWORDS.has(out) ? `${out}_` : out;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/;
/**
 * Go module path under example.com: the domain keeps it clear of the standard
 * library (`fmt`, `std`, `go`), and Windows-reserved elements get a suffix.
 */
export function goModule(s: string): string {
  let out = s.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|[._-]+$/g, "") || "app";
  if (WINDOWS_RESERVED.test(out)) out = `${out.replace(/\./g, "-")}-app`;
  return `example.com/${out}`;
}

const RUST_RESERVED = new Set(
  "as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self static struct super trait true type unsafe use where while abstract become box do final macro override priv typeof unsized virtual yield try test proc_macro std core alloc".split(" "),
);
/** Cargo package name: a-z 0-9 _ -, starting with a letter, not a keyword or reserved crate. */
export function crateName(s: string): string {
  let out = words(s).join("-").toLowerCase() || "app";
  if (/^[0-9]/.test(out)) out = `app-${out}`;
  return RUST_RESERVED.has(out.replace(/-/g, "_")) ? `${out}-app` : out;
}

const JAVA_KEYWORDS = new Set(
  "abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while true false null var record yield sealed permits".split(" "),
);
/** Java package under com.example: one lowercase segment of letters and digits. */
export function javaPackage(s: string): string {
  let seg = words(s).join("").toLowerCase() || "app";
  if (/^[0-9]/.test(seg)) seg = `app${seg}`;
  if (JAVA_KEYWORDS.has(seg)) seg = `${seg}app`;
  return `com.example.${seg}`;
}
export const javaPackagePath = (s: string) => javaPackage(s).replace(/\./g, "/");

/** PascalCase identifier (C# namespace, PHP namespace, Ruby and Elixir module). */
export function namespace(s: string): string {
  const out = words(s).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("") || "App";
  return /^[0-9]/.test(out) ? `App${out}` : out;
}

/** snake_case identifier starting with a letter (Elixir app atom, Ruby and PHP file names). */
export function snakeName(s: string): string {
  let out = words(s).join("_").toLowerCase() || "app";
  if (/^[0-9]/.test(out)) out = `app_${out}`;
  return out;
}

/** A double-quoted literal with C-like escapes; valid in JS, Go, Rust, Java, C#, TOML basic strings. */
function cQuoted(s: string, extra: Record<string, string> = {}): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (extra[ch] !== undefined) out += extra[ch];
    else if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

export const jsString = (s: string) => JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
export const json = (v: unknown) => JSON.stringify(v);
export const goString = (s: string) => cQuoted(s);
export const javaString = (s: string) => cQuoted(s);
export const csharpString = (s: string) => cQuoted(s);
export const tomlString = (s: string) => cQuoted(s);
export const rustString = (s: string) => cQuoted(s);
export const pyString = (s: string) => cQuoted(s);
/** Ruby and Elixir double-quoted strings interpolate `#{`: escape the `#`. */
export const rubyString = (s: string) => cQuoted(s, { "#": "\\#" });
export const elixirString = (s: string) => cQuoted(s, { "#": "\\#" });
/** PHP single-quoted: only backslash and quote are special. */
export const phpString = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
/** YAML double-quoted scalar (JSON strings are valid YAML). */
export const yamlString = (s: string) => JSON.stringify(s);
export const xmlText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
/** Markdown text: neutralise characters that would start markup or HTML. */
export const mdText = (s: string) => s.replace(/([\\`*_{}[\]<>()#+!|])/g, "\\$1");

export const ESCAPE_HELPERS = {
  npmName, pyModule, goModule, crateName, javaPackage, javaPackagePath, namespace, snakeName,
  jsString, json, goString, javaString, csharpString, tomlString, rustString, pyString,
  rubyString, elixirString, phpString, yamlString, xmlText, mdText,
} as const satisfies Record<string, (s: never) => string>;
