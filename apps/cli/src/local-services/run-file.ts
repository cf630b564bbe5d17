import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pidAlive } from './service-process';

/** What a running `npm start` tells other commands in this checkout (`npm run cli -- …`). */
export interface RunFile {
  pid: number;
  databaseUrl: string;
  redisUrl: string;
}

const path = (home: string) => join(home, 'run.json');

export function writeRunFile(home: string, run: RunFile): void {
  writeFileSync(path(home), `${JSON.stringify(run)}\n`);
}

export function removeRunFile(home: string, pid: number): void {
  if (readRunFile(home)?.pid === pid) rmSync(path(home), { force: true });
}

/** The running `npm start` of this checkout, if one is alive. */
export function readRunFile(home: string): RunFile | undefined {
  try {
    const run = JSON.parse(readFileSync(path(home), 'utf8')) as RunFile;
    return pidAlive(run.pid) ? run : undefined;
  } catch {
    return undefined;
  }
}
