/**
 * A command as a person types it. The manifest keeps the machine form, which a process supervisor
 * runs (`exec` so signals reach the server, `${PORT:-8000}` so a platform can set the port); shown
 * to a person, those become what they mean here: the defaults, no exec.
 */
export function forPerson(command: string): string {
  return command
    .replace(/\b([A-Z_][A-Z0-9_]*)=\$\{\1:-[^}]*\}\s+/g, "") // FOO=${FOO:-4} cmd: the default is the program's own
    .replace(/(^|&&\s*|;\s*)exec\s+/g, "$1")
    .replace(/\$\{[A-Z_][A-Z0-9_]*:-([^}]*)\}/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
