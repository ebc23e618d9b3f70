import { createHash } from "node:crypto";
import type { FileTree } from "../render/file-tree.js";
import type { Manifest } from "../schema/manifest.js";
import { MANIFEST_FILE } from "./project-path.js";
import type { Answers } from "../schema/options.js";
import type { TemplateContext } from "../render/context.js";

export const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/** The manifest for a rendered tree: what was generated, from which answers, with each file's hash. */
export function buildManifest(tree: FileTree, context: TemplateContext, answers: Answers): Manifest {
  const files: Record<string, string> = {};
  for (const [file, content] of tree) if (file !== MANIFEST_FILE) files[file] = sha256(content);
  return {
    generator: { name: "create-any-backend", version: context.generator.version },
    framework: context.framework.id,
    // The project's name and framework always replay: a manifest without them is refused when read.
    answers: { ...answers, name: answers.name ?? context.name, framework: answers.framework ?? context.framework.id },
    commands: context.commands,
    port: context.port,
    files,
  };
}

/** The tree plus its manifest, ready to write. */
export function withManifest(tree: FileTree, manifest: Manifest): FileTree {
  return tree.with([[MANIFEST_FILE, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]]);
}
