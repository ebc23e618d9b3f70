/** Writes the README's flag table from the flags the schema defines (src/cli/flags.ts): `npm run readme:flags`. */
import fs from "node:fs";
import { flagTable } from "../src/cli/flags.js";

const file = new URL("../README.md", import.meta.url);
const readme = fs.readFileSync(file, "utf8");
const start = readme.indexOf("| flag | meaning |");
if (start < 0) throw new Error("README.md has no flag table (a line starting | flag | meaning |)");
const end = readme.indexOf("\n\n", start);
fs.writeFileSync(file, `${readme.slice(0, start)}${flagTable()}${readme.slice(end)}`);
console.log("README.md: flag table written from the schema");
