// `npm run bench [-- --facilities N] [--only a,b] [--smoke] [--skip-build]`: builds the API (the load scenarios
// run the compiled one in processes of its own), runs the bench project of Jest with the options
// in the environment, and prints the table and, as its last line, one JSON object with every figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
};
const smoke = args.includes('--smoke');
const facilities = opt('facilities') ?? (smoke ? '3' : '1000');
if (!/^\d+$/.test(facilities) || Number(facilities) < 1) {
  console.error('--facilities takes a whole number of facilities (1 or more)');
  process.exit(2);
}
const only = opt('only') ?? '';
const out = mkdtempSync(join(tmpdir(), 'tamago-bench-'));
const results = join(out, 'results.json');
const run = (cmd, argv, env = {}) =>
  spawnSync(cmd, argv, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

if (!process.env.BENCH_SKIP_BUILD && !args.includes('--skip-build')) {
  const build = run(process.execPath, ['apps/cli/scripts/build.mjs']);
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const jest = run(
  process.execPath,
  [
    '--max-old-space-size=4096',
    'node_modules/jest/bin/jest.js',
    '--selectProjects',
    'bench',
    '--runInBand',
    '--silent=false',
  ],
  { BENCH_FACILITIES: facilities, BENCH_ONLY: only, BENCH_SMOKE: smoke ? '1' : '', BENCH_RESULTS: results },
);
if (existsSync(results)) {
  const { table, figures } = JSON.parse(readFileSync(results, 'utf8'));
  process.stdout.write(`\n${table}\n${JSON.stringify(figures)}\n`);
}
rmSync(out, { recursive: true, force: true });
process.exit(jest.status ?? 1);
