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
    const ds = createDataSource(process.env.DATABASE_URL!.replace(/tamago_test_/, 'tamago_down_test_'), {
      extra: { max: 3 },
    });
    const { ensureDatabase, dropDatabase, runMigrations } = await import('@tamago/database');
    await ensureDatabase(ds.options.url as string);
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
      await dropDatabase(ds.options.url as string);
    }
  }, 120_000);
});
