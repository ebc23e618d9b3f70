/**
 * A throwaway PostgreSQL cluster for the harness: initdb into a temp folder,
 * listening on 127.0.0.1 only, one fresh database per starter. Uses Debian's
 * server binaries (package postgresql); `.ci/run` installs them. As root the
 * server runs as the `postgres` user, since PostgreSQL refuses to run as root.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface Postgres {
  /** postgresql://postgres:postgres@127.0.0.1:<port>/<db> */
  url(db: string): string;
  createDatabase(db: string): void;
  /** Runs SQL through psql against a database; returns its unaligned output. */
  query(db: string, sql: string): string;
  stop(): void;
}

/** Debian installs the server outside PATH: /usr/lib/postgresql/<major>/bin. */
export function findPgBin(): string | undefined {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && fs.existsSync(path.join(fromEnv, "initdb"))) return fromEnv;
  const root = "/usr/lib/postgresql";
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const m of majors) if (fs.existsSync(path.join(root, m, "bin", "initdb"))) return path.join(root, m, "bin");
  const onPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  return onPath.status === 0 ? path.dirname(onPath.stdout.trim()) : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a server binary, as `postgres` when we are root. */
function asServerUser(bin: string, args: string[], timeoutMs = 120_000) {
  const [cmd, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: "utf8", timeout: timeoutMs });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} ${args.join(" ")} failed: ${r.stdout}${r.stderr}${r.error ?? ""}`);
  return r.stdout;
}

export async function startPostgres(): Promise<Postgres> {
  const bin = findPgBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cab-pg-"));
  const data = path.join(dir, "data");
  if (isRoot()) spawnSync("chown", ["-R", "postgres:postgres", dir]);
  const pwfile = path.join(dir, "pw");
  fs.writeFileSync(pwfile, "postgres\n");
  if (isRoot()) spawnSync("chown", ["postgres:postgres", pwfile]);
  asServerUser(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--pwfile", pwfile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"]);
  const port = await freePort();
  const conf = [
    "listen_addresses = '127.0.0.1'",
    `port = ${port}`,
    `unix_socket_directories = '${dir}'`,
    "max_connections = 300",
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
  ];
  fs.appendFileSync(path.join(data, "postgresql.conf"), `\n${conf.join("\n")}\n`);
  asServerUser(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
  const url = (db: string) => `postgresql://postgres:postgres@127.0.0.1:${port}/${db}`;
  const psql = (db: string, sql: string) => {
    const r = spawnSync("psql", ["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url(db), "-c", sql], { encoding: "utf8", timeout: 60_000 });
    if (r.status !== 0) throw new Error(`psql ${db}: ${r.stderr}${r.error ?? ""}`);
    return r.stdout.trim();
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asServerUser(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], 60_000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once("exit", stop);
  return {
    url,
    createDatabase: (db) => void psql("postgres", `CREATE DATABASE "${db}"`),
    query: psql,
    stop,
  };
}
