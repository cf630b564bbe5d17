import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase } from '@tamago/database';

/**
 * `backup --out FILE` and `restore --from FILE [--clean]`: the whole database in pg_dump's custom
 * format. Everything Tamago keeps is in PostgreSQL — invoices and their numbering counters,
 * subsidy evidence attachments and report files (bytea columns), the outbox — so the one file is
 * the whole backup. Redis holds only queues that the outbox and the schedules rebuild.
 */

/** The flag's value in an argument list (`--out FILE` or `--out=FILE`). */
export function flagValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

function run(command: string, args: string[], what: string): void {
  const res = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.error) throw new Error(`${what}: ${command} could not run (${res.error.message}); install postgresql-client`);
  if (res.status !== 0) throw new Error(`${what} failed:\n${(res.stderr || res.stdout).trim()}`);
}

/** Writes a custom-format dump of the database to `out` and answers its size in bytes. */
export function backup(databaseUrl: string, out: string): number {
  const file = resolve(out);
  run('pg_dump', ['--format=custom', '--compress=6', `--file=${file}`, `--dbname=${databaseUrl}`], 'pg_dump');
  return statSync(file).size;
}

/** Tables in the target outside the system schemas (0: a fresh database). */
async function tableCount(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const res = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return Number(res.rows[0].n);
  } finally {
    await client.end();
  }
}

/** The row-level-security role the dump's grants name; a role belongs to the server, not to the dump. */
async function ensureAppRole(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tamago_app') THEN
           CREATE ROLE tamago_app NOLOGIN NOBYPASSRLS;
         END IF;
       END $$`,
    );
    await client.query(`GRANT tamago_app TO current_user`);
  } finally {
    await client.end();
  }
}

/**
 * Restores a dump into the database of `databaseUrl`, creating it when missing. A database that
 * already holds tables is refused unless `clean` (then the dump's objects replace the existing ones).
 */
export async function restore(databaseUrl: string, from: string, clean: boolean): Promise<{ created: boolean }> {
  const file = resolve(from);
  if (!existsSync(file)) throw new Error(`--from: ${file} does not exist`);
  const created = await ensureDatabase(databaseUrl);
  const tables = await tableCount(databaseUrl);
  if (tables > 0 && !clean)
    throw new Error(
      `The target database is not empty (${tables} tables): restore into a fresh database, or pass --clean to replace its contents`,
    );
  await ensureAppRole(databaseUrl);
  const args = ['--exit-on-error', '--no-owner', '--single-transaction', `--dbname=${databaseUrl}`];
  if (clean) args.push('--clean', '--if-exists');
  run('pg_restore', [...args, file], 'pg_restore');
  return { created };
}
