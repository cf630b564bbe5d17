// `npm run build`: compiles into a staging folder (incrementally), then brings dist/ up to date
// file by file, each changed file written beside its target and renamed over it. dist/ is never
// deleted, so `npm run cli -- <command>` beside a running `npm start` does not pull files away
// from under it; an unchanged tree writes nothing at all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const staging = join(root, 'node_modules/.cache/tamago-build');
const dist = join(root, 'dist');
/** The compiled trees; anything else under dist/ is left alone. */
const TREES = ['apps', 'libs'];

function run(bin, args) {
  const res = spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

function filesUnder(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Source maps name their sources relative to where they lie; re-anchor them from staging to dist. */
function relocateMap(text, from, to) {
  const map = JSON.parse(text);
  map.sources = map.sources.map((s) => relative(dirname(to), resolve(dirname(from), s)));
  return JSON.stringify(map);
}

function readOrNull(path) {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

const tsconfig = join(root, 'tsconfig.build.json');
const buildInfo = join(staging, '.tsbuildinfo');
run('typescript/bin/tsc', ['-p', tsconfig, '--outDir', staging, '--incremental', '--tsBuildInfoFile', buildInfo]);
run('tsc-alias/dist/bin/index.js', ['-p', tsconfig, '--outDir', staging]);

let written = 0;
let removed = 0;
const wanted = new Set();
for (const tree of TREES) {
  for (const from of filesUnder(join(staging, tree))) {
    const to = join(dist, relative(staging, from));
    wanted.add(to);
    let content = readFileSync(from);
    if (to.endsWith('.map')) content = Buffer.from(relocateMap(content.toString('utf8'), from, to));
    const current = readOrNull(to);
    if (current && current.equals(content)) continue;
    mkdirSync(dirname(to), { recursive: true });
    const tmp = `${to}.${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, to);
    written++;
  }
  for (const file of filesUnder(join(dist, tree))) {
    if (wanted.has(file)) continue;
    rmSync(file, { force: true });
    removed++;
  }
}
// Folders left empty by removed sources.
function pruneEmpty(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pruneEmpty(path);
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}
for (const tree of TREES) pruneEmpty(join(dist, tree));
if (process.env.TAMAGO_BUILD_VERBOSE) console.error(`dist/: ${written} file(s) updated, ${removed} removed`);
