import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig } from '@tamago/config';
import { generateMigration, migrate } from './migration-commands';
import { runNestCommand } from './nest-cli';
import { startAll } from './start';

/** Entry point of `npm run cli`; database-level commands run before any Nest application exists. */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig(process.env);
  switch (command) {
    case 'migrate': {
      const done = await migrate(config.DATABASE_URL);
      console.log(done.length ? `Applied migrations: ${done.join(', ')}` : 'The database is up to date.');
      return;
    }
    case 'migration:generate': {
      if (!rest[0]) throw new Error('Usage: npm run migration:generate -- <PascalCaseName> [--tables a,b,c]');
      const dir = join(process.cwd(), 'libs/schema/src/migrations');
      const flag = rest.indexOf('--tables');
      const tables = flag >= 0 ? (rest[flag + 1] ?? '').split(',').filter(Boolean) : [];
      const file = await generateMigration(config.DATABASE_URL, rest[0], dir, tables);
      console.log(
        file
          ? `Wrote ${dir}/${file}.ts (review it before committing)`
          : 'No changes: the entities match the migrations.',
      );
      return;
    }
    case 'start':
      return startAll(config);
    default:
      return runNestCommand();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
