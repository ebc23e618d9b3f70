import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script, shared with `npm run release:stamp`
import { templatesHash } from "../../scripts/templates-hash.mjs";
import { compareVersions } from "../../src/schema/toolchain.js";
import { GENERATOR } from "../../src/version.js";
import { REPO } from "./helpers.js";

/** The version goes up with every release that changes generated output (semver), and the manifest records it. */
describe("the release version", () => {
  const releases: Record<string, { templates: string; released: boolean }> = JSON.parse(fs.readFileSync(path.join(REPO, "release.json"), "utf8"));

  it("this round's release is 0.2.0, above every released version", () => {
    expect(GENERATOR.version).toBe("0.2.0");
    for (const [v, r] of Object.entries(releases)) if (r.released && v !== GENERATOR.version) expect(compareVersions(GENERATOR.version, v), v).toBe(1);
  });

  it("the templates are the ones stamped for this version: a template change needs `npm run release:stamp`, a released version's never changes", () => {
    const now = templatesHash(REPO);
    const entry = releases[GENERATOR.version];
    expect(entry, `release.json has no entry for ${GENERATOR.version}: run npm run release:stamp`).toBeDefined();
    expect(entry!.templates, "templates/ or data/ changed since release.json was stamped: run npm run release:stamp (after raising the version if this one was released)").toBe(now);
    for (const [v, r] of Object.entries(releases)) if (v !== GENERATOR.version) expect(r.templates, `${v} and ${GENERATOR.version} render the same: the version went up without a change`).not.toBe(now);
  });
});
