import { ChildProcess, SpawnOptions, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

/** A local service this process started (embedded PostgreSQL or Redis) and must stop. */
export interface LocalService {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  readonly logFile: string;
  /** Where it keeps its data. */
  readonly dataDir: string;
  stop(): Promise<void>;
  /** Signals it to shut down, without waiting (for an exiting process). */
  kill(): void;
}

/** Thrown for a missing tool or a refused start; the message is one line for the person at the terminal. */
export class LocalServiceError extends Error {}

/**
 * Spawns a server in its own process group with its output appended to a log file, so a Ctrl-C
 * at the terminal reaches only the supervisor, which stops the API and worker before the stores.
 * A small watcher stops the server should this process die without doing so (kill -9, a killed
 * test run); an orderly stop ends the watcher first.
 */
export function spawnServer(
  command: string,
  args: string[],
  logFile: string,
  stopSignal: NodeJS.Signals,
  options: Pick<SpawnOptions, 'uid' | 'gid' | 'env'> = {},
): { child: ChildProcess; stop(graceMs?: number): Promise<void> } {
  const fd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', fd, fd] });
    child.unref();
  } finally {
    closeSync(fd);
  }
  const watcher = spawn(
    '/bin/sh',
    [
      '-c',
      'while kill -0 "$0" 2>/dev/null; do sleep 1; done; kill -s "$2" "$1" 2>/dev/null',
      String(process.pid),
      String(child.pid),
      stopSignal.replace(/^SIG/, ''),
    ],
    { detached: true, stdio: 'ignore' },
  );
  watcher.unref();
  return {
    child,
    stop: async (graceMs) => {
      watcher.kill('SIGKILL');
      await stopChild(child, stopSignal, graceMs);
    },
  };
}

/** The process is gone (exited, or was never there). */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Sends `signal`, waits for the exit, and kills the process outright after `graceMs`. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs = 15_000): Promise<void> {
  if (hasExited(child) || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** True when a process with this pid exists. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The last lines of a log file, to explain a failed start. */
export function logTail(file: string, lines = 5): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join(' | ');
  } catch {
    return '';
  }
}
