import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '../../dist/apps/cli/src/main.js');

/** Runs the built operator CLI (npm test builds before Jest) against the run's test database. */
export function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runCliWith({}, ...args);
}

/** The same, with `env` over the run's environment. */
export function runCliWith(
  env: Record<string, string>,
  ...args: string[]
): { code: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}
