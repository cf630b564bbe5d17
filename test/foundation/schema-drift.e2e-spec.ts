import { dropDatabase, ensureDatabase, runMigrations } from '@tamago/database';
import { createDataSource, pendingSchemaChanges } from '@tamago/schema';

describe('migrations', () => {
  it('match the entities (no schema drift)', async () => {
    const ds = createDataSource(process.env.DATABASE_URL!, { extra: { max: 1 } });
    await ds.initialize();
    try {
      const { up } = await pendingSchemaChanges(ds);
      // If this fails: run `npm run migration:generate -- <Name>` and review the file.
      expect(up).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('have a working down() for every migration', async () => {
    const url = process.env.DATABASE_URL!.replace(/tamago_test_/, 'tamago_down_test_');
    const ds = createDataSource(url, { extra: { max: 3 } });
    await ensureDatabase(url);
    await ds.initialize();
    try {
      const applied = await runMigrations(ds);
      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration();
      const tables: unknown[] = await ds.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      expect(await runMigrations(ds)).toEqual(applied);
    } finally {
      await ds.destroy();
      await dropDatabase(url);
    }
  }, 120_000);
});
