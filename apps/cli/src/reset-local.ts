import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppConfig } from '@tamago/config';
import { localHome } from './local-services/local-services';
import { readRunFile } from './local-services/run-file';

/**
 * `npm run cli -- reset-local`: removes the embedded stores' data and logs under `.tamago/`, so the
 * next `npm start` begins with a fresh database and the demo. A PostgreSQL or Redis of the machine's
 * own is never touched.
 */
export function resetLocal(config: AppConfig): void {
  if (config.isProduction) throw new Error('reset-local is refused under NODE_ENV=production');
  const home = localHome(config.TAMAGO_LOCAL_DIR);
  const run = readRunFile(home);
  if (run) throw new Error(`npm start is running (pid ${run.pid}); stop it first`);
  const ours = (name: string) => /^(postgres(-[\w.-]+)?|redis|logs|run\.json)$/.test(name);
  const removed = existsSync(home) ? readdirSync(home).filter(ours) : [];
  for (const name of removed) rmSync(join(home, name), { recursive: true, force: true });
  const rel = relative(process.cwd(), home);
  const where = !rel || rel.startsWith('..') ? home : rel;
  console.log(
    removed.length ? `Removed ${removed.map((n) => `${where}/${n}`).join(', ')}` : `Nothing to remove in ${where}/`,
  );
  console.log(
    `A PostgreSQL of this machine's own (port ${config.TAMAGO_LOCAL_POSTGRES_PORT}) is not touched: ` +
      'to reset it too, drop its database (dropdb -h 127.0.0.1 -U postgres tamago).',
  );
}
