/**
 * Cargo writes Cargo.lock's `[[package]]` tables sorted by name (packages of
 * one name by version, which a lock file cargo wrote already has in order). A
 * starter's own package takes the project's name, so it is moved to where that
 * name sorts: the first `cargo build` then leaves the committed file as it is.
 */
export function orderCargoLock(text: string): string {
  const [head, ...tables] = text.split("\n[[package]]\n");
  const name = (table: string) => /^name = "([^"]*)"/.exec(table)?.[1] ?? "";
  const ordered = tables
    .map((table, at) => ({ table, at, name: name(table) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.at - b.at));
  return [head, ...ordered.map((t) => t.table)].join("\n[[package]]\n");
}
