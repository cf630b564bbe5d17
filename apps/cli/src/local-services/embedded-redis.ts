import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { firstReply, freePort, waitUntil } from './probe';
import { LocalService, LocalServiceError, hasExited, logTail, pidAlive, spawnServer } from './service-process';

export interface EmbeddedRedisOptions {
  dataDir: string;
  logFile: string;
  /** A test instance: keeps nothing on disk, and the folder is removed when it stops. */
  throwaway?: boolean;
}

/** One line for a machine without Redis. */
export const REDIS_MISSING =
  'Redis is needed and redis-server is not installed: apt-get install -y redis-server (or set REDIS_URL to a running Redis)';

/** True when the system's redis-server can be run. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Starts the system's redis-server on a free port on 127.0.0.1 with its data in `dataDir`. */
export async function startEmbeddedRedis(options: EmbeddedRedisOptions): Promise<LocalService> {
  const { dataDir, logFile, throwaway = false } = options;
  if (!hasRedisServer()) throw new LocalServiceError(REDIS_MISSING);
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'redis.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    if (pid > 0 && pidAlive(pid))
      throw new LocalServiceError(
        `A Redis from an earlier start still runs on ${relative(process.cwd(), dataDir)} (pid ${pid}): stop it with kill ${pid}`,
      );
  }
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--pidfile', pidFile];
  args.push('--daemonize', 'no', '--appendonly', 'no', '--save', throwaway ? '' : '60 1');
  const server = spawnServer('redis-server', args, logFile, 'SIGTERM');
  const child = server.child;
  const stop = async () => {
    await server.stop(); // SIGTERM: saves the snapshot (when kept) and exits
    if (throwaway) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntil(
      async () => (await firstReply(port, Buffer.from('PING\r\n'))).toString().startsWith('+PONG'),
      () => (hasExited(child) ? `The local Redis stopped at start: ${logTail(logFile)}` : null),
      30_000,
      'The local Redis',
    );
  } catch (e) {
    await stop();
    throw new LocalServiceError((e as Error).message);
  }
  return {
    name: 'Redis',
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid!,
    logFile,
    dataDir,
    stop,
    kill: () => void child.kill('SIGTERM'),
  };
}
