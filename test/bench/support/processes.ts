import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../../apps/cli/src/local-services/probe';

/** A port nothing listens on now (the OS's pick): the bench's servers never meet the machine's own services. */
export { freePort };

const ROOT = join(__dirname, '../../..');

/** A server process the bench started, stopped by its own pid at the end. */
export interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `node <args>` with `env` and waits until GET `probe` answers 200 (bounded: 60 s). */
export async function serve(args: string[], env: Record<string, string>, port: number, probe: string): Promise<Served> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited: ${stderr}`);
    try {
      const res = await fetch(url + probe);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${args.join(' ')} did not answer ${probe}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** The compiled API (npm run build), as `npm start` runs it. */
export const API_MAIN = 'dist/apps/api/src/main.js';
export const SQL_RECORDER = join(__dirname, 'sql-recorder.cjs');
export const BARE_SERVER = join(__dirname, 'bare-server.mjs');

/** Starts the compiled worker (`npm run start:worker`) and waits for its start line (bounded: 60 s). */
export async function startWorker(env: Record<string, string>): Promise<Served> {
  // BENCH_WORKER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"): node flags for the worker
  // processes only, to profile them (NODE_OPTIONS refuses --cpu-prof). BENCH_CPU_PROF=<dir> is the
  // short form: the worker writes a V8 CPU profile there when it stops.
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const nodeArgs = [...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean), ...prof];
  const child = spawn(process.execPath, [...nodeArgs, 'dist/apps/worker/src/main.js'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  // BENCH_WORKER_LOG=<file>: the worker's log lines are appended there (where its time goes).
  if (process.env.BENCH_WORKER_LOG) child.stdout?.pipe(createWriteStream(process.env.BENCH_WORKER_LOG, { flags: 'a' }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${stderr}`)), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('Tamago worker started')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code}): ${stderr}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    url: '',
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 25_000).unref();
      }),
  };
}
