import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase, runMigrations } from '@tamago/database';
import {
  createDataSource,
  filterByTables,
  pendingSchemaChanges,
  registerMigration,
  renderMigration,
} from '@tamago/schema';

/** Creates the database if missing and applies pending migrations; returns their names. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  const ds = createDataSource(databaseUrl, { extra: { max: 2 } });
  await ds.initialize();
  try {
    return await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}

/**
 * Writes a migration for the difference between the entities and the migrations so far,
 * computed on a scratch database so that no real data is touched.
 */
export async function generateMigration(
  databaseUrl: string,
  name: string,
  migrationsDir: string,
  tables: string[] = [],
): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]{2,60}$/.test(name)) throw new Error('The migration name must be PascalCase, e.g. AddLeases');
  const scratch = new URL(databaseUrl);
  scratch.pathname = `/tamago_migration_${process.pid}`;
  await dropDatabase(scratch.toString());
  await migrate(scratch.toString());
  const ds = createDataSource(scratch.toString(), { extra: { max: 2 } });
  await ds.initialize();
  try {
    const all = await pendingSchemaChanges(ds);
    const up = filterByTables(all.up, tables);
    const down = filterByTables(all.down, tables);
    if (up.length === 0) return null;
    const timestamp = Date.now();
    const fileBase = `${timestamp}-${name}`;
    writeFileSync(join(migrationsDir, `${fileBase}.ts`), renderMigration(name, timestamp, up, down));
    const indexPath = join(migrationsDir, 'index.ts');
    writeFileSync(indexPath, registerMigration(readFileSync(indexPath, 'utf8'), fileBase, `${name}${timestamp}`));
    return fileBase;
  } finally {
    await ds.destroy();
    await dropDatabase(scratch.toString());
  }
}
