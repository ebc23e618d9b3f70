// The fingerprint of everything that shapes generated output: templates/ and data/ (the catalog,
// whose reasons go into each starter's README), every file's path and bytes, in path order.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function templatesHash(root = ROOT) {
  const hash = createHash("sha256");
  const walk = (rel) => {
    for (const name of fs.readdirSync(path.join(root, rel)).sort()) {
      const child = `${rel}/${name}`;
      const st = fs.lstatSync(path.join(root, child));
      if (st.isDirectory()) walk(child);
      else if (st.isFile()) hash.update(`${child}\0${st.mode & 0o111 ? "x" : "-"}\0`).update(fs.readFileSync(path.join(root, child))).update("\0");
    }
  };
  for (const top of ["templates", "data"]) walk(top);
  return hash.digest("hex");
}

// `npm run release:stamp`: records the fingerprint for package.json's version, unless that version
// was released with other templates (then the version must go up first).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.join(ROOT, "release.json");
  const releases = JSON.parse(fs.readFileSync(file, "utf8"));
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const now = templatesHash();
  const entry = releases[version];
  if (entry?.released && entry.templates !== now) {
    console.error(`release.json: ${version} was released with other templates; raise the version in package.json first (semver: the generated output changed)`);
    process.exit(1);
  }
  releases[version] = { templates: now, released: entry?.released ?? false };
  fs.writeFileSync(file, `${JSON.stringify(releases, null, 2)}\n`);
  console.log(`release.json: ${version} → ${now}`);
}
