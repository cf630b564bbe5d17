import { CommandMetadata } from 'nest-commander';
// The key `@Command` stores its options under (the package's index does not export its constants).
import { CommandMeta } from 'nest-commander/src/constants';
import { FacilityCreateCommand } from './facility-create.command';
import { JobsRunCommand } from './jobs-run.command';
import { JobsSchedulesCommand } from './jobs-schedules.command';
import { SeedDemoCommand } from './seed-demo.command';
import { UserCreateCommand } from './user-create.command';

/** Commands that main.ts runs itself, before (or without) any Nest application. */
export const OWN_COMMANDS: readonly { name: string; description: string }[] = [
  {
    name: 'start',
    description: 'Run the API and the worker (npm start); starts PostgreSQL and Redis when none answer',
  },
  { name: 'reset-local', description: "Remove the embedded PostgreSQL's and Redis's data under .tamago/" },
  { name: 'migrate', description: 'Create the database if missing and apply the pending migrations' },
  { name: 'migration:generate <Name> [--tables a,b]', description: 'Write a migration for entity changes' },
  { name: 'backup --out FILE', description: 'The whole database as one pg_dump custom-format file' },
  { name: 'restore --from FILE [--clean]', description: 'Restore a backup (a database holding tables needs --clean)' },
  { name: 'start:prepare', description: 'Migrate, and seed the demo when TAMAGO_DEMO is on (run by npm start)' },
];

/** The application commands (nest-commander), read from their decorators: the list never drifts. */
export const APP_COMMANDS = [
  FacilityCreateCommand,
  UserCreateCommand,
  SeedDemoCommand,
  JobsRunCommand,
  JobsSchedulesCommand,
].map((c) => Reflect.getMetadata(CommandMeta, c) as CommandMetadata);

/** Every command's first word: what main.ts accepts. */
export function commandNames(): string[] {
  return [...OWN_COMMANDS.map((c) => c.name.split(' ')[0]), ...APP_COMMANDS.map((c) => c.name)];
}

/** The help text of `npm run cli -- --help`, printed without touching the database. */
export function usage(): string {
  const rows = [
    ...OWN_COMMANDS,
    ...APP_COMMANDS.map((c) => ({
      name: c.arguments ? `${c.name} ${c.arguments}` : c.name,
      description: c.description ?? '',
    })),
  ];
  const width = Math.max(...rows.map((r) => r.name.length));
  return [
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...rows.map((r) => `  ${r.name.padEnd(width)}  ${r.description}`),
    '',
    'An application command prints its own options with --help (it opens the database first).',
  ].join('\n');
}
