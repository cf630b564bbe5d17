import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig } from '@tamago/config';
import { localEnvironment } from './local-env';

/**
 * Entry point of `npm run cli` and `npm start`. Each command loads only what it needs, so that
 * `start` (the supervisor) never loads the application; database-level commands run before any
 * Nest application exists.
 */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  // Help and a mistyped command are answered here, before any configuration or database.
  if (command === undefined || ['help', '--help', '-h'].includes(command)) {
    const { usage } = await import('./usage.js');
    console.log(usage());
    return;
  }
  if (!command.startsWith('-')) {
    const { commandNames, usage } = await import('./usage.js');
    const names = commandNames();
    if (!names.includes(command)) {
      const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
      const near = names.find((n) => letters(n) === letters(command));
      console.error(`Error: unknown command '${command}'${near ? ` (did you mean ${near}?)` : ''}\n\n${usage()}`);
      process.exitCode = 1;
      return;
    }
  }
  const given = loadConfig(process.env);
  if (command === 'start') return (await import('./start.js')).startAll(given, process.env);
  if (command === 'reset-local') return (await import('./reset-local.js')).resetLocal(given);
  const local = await localEnvironment(process.env, given);
  Object.assign(process.env, local.env); // Nest's ConfigModule reads the environment again
  const config = loadConfig(local.env);
  try {
    await run(command, rest, config);
  } finally {
    await local.stop();
  }
}

async function run(command: string | undefined, rest: string[], config: ReturnType<typeof loadConfig>): Promise<void> {
  switch (command) {
    case 'migrate': {
      const { migrate } = await import('./migration-commands.js');
      const done = await migrate(config.DATABASE_URL);
      console.log(done.length ? `Applied migrations: ${done.join(', ')}` : 'The database is up to date.');
      return;
    }
    case 'migration:generate': {
      if (!rest[0]) throw new Error('Usage: npm run migration:generate -- <PascalCaseName> [--tables a,b,c]');
      const { generateMigration } = await import('./migration-commands.js');
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
    case 'backup': {
      const { backup, flagValue } = await import('./backup.js');
      const out = flagValue(rest, '--out');
      if (!out) throw new Error('Usage: npm run cli -- backup --out FILE');
      const bytes = backup(config.DATABASE_URL, out);
      console.log(`Wrote ${out} (${bytes} bytes, pg_dump custom format)`);
      return;
    }
    case 'restore': {
      const { flagValue, restore } = await import('./backup.js');
      const from = flagValue(rest, '--from');
      if (!from) throw new Error('Usage: npm run cli -- restore --from FILE [--clean]');
      const { created } = await restore(config.DATABASE_URL, from, rest.includes('--clean'));
      console.log(
        `Restored ${from} into ${created ? 'the new database' : 'the database'} ${new URL(config.DATABASE_URL).pathname.slice(1)}`,
      );
      return;
    }
    case 'start:prepare':
      return (await import('./prepare.js')).prepareDatabase(config);
    default:
      return (await import('./nest-cli.js')).runNestCommand();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
