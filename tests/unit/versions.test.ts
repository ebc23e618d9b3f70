import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * One version of each shared thing across the starters (issue: versions drift): a GitHub action, a Docker
 * image, an npm package or a PyPI package pinned by two starters is pinned at the same version by both.
 * Read from the templates as written (the pins are literal text, not template variables).
 */
const TEMPLATES = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../templates");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === "node_modules" ? [] : files(p)) : [p];
  });
}

/** Which starter a template file belongs to (templates/<id>/..., or _shared/<layer>/... as "_shared/<layer>"). */
const owner = (file: string) => {
  const [first, second] = path.relative(TEMPLATES, file).split(path.sep);
  return first === "_shared" ? `_shared/${second}` : first!;
};
const base = (file: string) => path.basename(file).replace(/\.hbs$/, "");

/** A tag's version, without its variant: `17-jdk` and `17-jre` (a build and a runtime stage) are one version. */
const imageVersion = (tag: string) => tag.match(/^v?\d+(?:\.\d+)*/)?.[0] ?? tag;

type Pins = Map<string, Map<string, Set<string>>>;
function pin(pins: Pins, thing: string, version: string, where: string) {
  const versions = pins.get(thing) ?? new Map<string, Set<string>>();
  pins.set(thing, versions);
  const at = versions.get(version) ?? new Set<string>();
  versions.set(version, at);
  at.add(where);
}

function collect() {
  const kinds: Record<"action" | "image" | "npm" | "pypi", Pins> = { action: new Map(), image: new Map(), npm: new Map(), pypi: new Map() };
  for (const file of files(TEMPLATES)) {
    const text = fs.readFileSync(file, "utf8");
    const where = `${owner(file)}: ${path.relative(TEMPLATES, file)}`;
    const name = base(file);
    for (const m of text.matchAll(/^\s*-?\s*uses:\s*([\w.-]+\/[\w./-]+)@([\w.-]+)/gm)) pin(kinds.action, m[1]!, m[2]!, where);
    if (/^(Dockerfile|Containerfile)/.test(name) || /\.(ya?ml)$/.test(name)) {
      for (const m of text.matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?([a-z0-9][\w./-]*):([\w.-]+)/gim)) pin(kinds.image, m[1]!, imageVersion(m[2]!), where);
      for (const m of text.matchAll(/^\s*image:\s*["']?([a-z0-9][\w./-]*):([\w.-]+)/gm)) pin(kinds.image, m[1]!, imageVersion(m[2]!), where);
    }
    // package.json and the node partials that hold its dependency lines (`{{> node/db-dependencies}}`).
    if (name === "package.json" || /[\\/]partials[\\/]node[\\/]/.test(file)) {
      for (const m of text.matchAll(/^\s*"(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)"\s*:\s*"([~^]?\d+\.\d+[^"]*)"/gm))
        if (m[1] !== "version") pin(kinds.npm, m[1]!, m[2]!, where);
    }
    if (/^requirements.*\.txt$|^constraints.*\.txt$|^pyproject\.toml$/.test(name)) {
      for (const m of text.matchAll(/["'\s^]([A-Za-z0-9][\w.-]*)(?:\[[\w,.-]+\])?==([\w.]+)/gm)) pin(kinds.pypi, m[1]!.toLowerCase().replace(/[-_.]+/g, "-"), m[2]!, where);
    }
  }
  return kinds;
}

const kinds = collect();

/** Each starter's `pinnedApart` (starter.json): the packages it pins at another version, with why. */
const apart = new Map(
  fs.readdirSync(TEMPLATES)
    .filter((id) => fs.existsSync(path.join(TEMPLATES, id, "starter.json")))
    .map((id) => [id, Object.keys(JSON.parse(fs.readFileSync(path.join(TEMPLATES, id, "starter.json"), "utf8")).pinnedApart ?? {})]),
);
/** A version held only by starters that say why they pin that package apart is not drift. */
const explained = (thing: string, at: Set<string>) => [...at].every((w) => apart.get(w.split(":")[0]!)?.includes(thing));
describe("one version of each shared thing across the starters", () => {
  it("finds the pins it compares (a parser that reads nothing would pass anything)", () => {
    expect(kinds.action.size).toBeGreaterThan(0);
    expect(kinds.image.size).toBeGreaterThan(0);
    expect(kinds.npm.size).toBeGreaterThan(10);
    expect(kinds.pypi.size).toBeGreaterThan(3);
  });
  it("a package a starter pins apart is one it really pins at another version (an explanation of nothing is stale)", () => {
    const stale = [...apart].flatMap(([id, things]) =>
      things.filter((thing) => {
        const versions = Object.values(kinds).find((pins) => pins.has(thing))?.get(thing);
        const mine = [...(versions ?? [])].filter(([, at]) => [...at].some((w) => w.startsWith(`${id}:`)));
        return !versions || versions.size < 2 || mine.length === 0;
      }).map((thing) => `${id}: ${thing}`),
    );
    expect(stale).toEqual([]);
  });
  for (const [kind, pins] of Object.entries(kinds)) {
    it(`${kind}: every ${kind} pinned at one version`, () => {
      const drift = [...pins]
        .map(([thing, versions]) => [thing, new Map([...versions].filter(([, at]) => !explained(thing, at)))] as const)
        .filter(([, versions]) => versions.size > 1)
        .map(([thing, versions]) => `${thing}: ${[...versions].map(([v, at]) => `${v} (${[...at].map((w) => w.split(":")[0]).filter((o, i, a) => a.indexOf(o) === i).join(", ")})`).join(" vs ")}`);
      expect(drift).toEqual([]);
    });
  }
});
