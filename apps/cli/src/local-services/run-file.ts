import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localHome } from './local-services';
import { pidAlive } from './service-process';

/** What a running `npm start` tells other commands in this checkout (`npm run cli -- …`). */
export interface RunFile {
  pid: number;
  databaseUrl: string;
  redisUrl: string;
}

const path = () => join(localHome(), 'run.json');

export function writeRunFile(run: RunFile): void {
  writeFileSync(path(), `${JSON.stringify(run)}\n`);
}

export function removeRunFile(pid: number): void {
  if (readRunFile()?.pid === pid) rmSync(path(), { force: true });
}

/** The running `npm start` of this checkout, if one is alive. */
export function readRunFile(): RunFile | undefined {
  try {
    const run = JSON.parse(readFileSync(path(), 'utf8')) as RunFile;
    return pidAlive(run.pid) ? run : undefined;
  } catch {
    return undefined;
  }
}
