import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provideLocalServices } from './local-services';
import { freePort } from './probe';

describe('provideLocalServices', () => {
  let home: string;
  beforeEach(() => (home = mkdtempSync(join(tmpdir(), 'tamago-local-'))));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('uses a set DATABASE_URL and REDIS_URL as they are, even when nothing answers', async () => {
    const nothing = await freePort();
    const s = await provideLocalServices({
      databaseUrl: 'postgres://u:p@db.example:5432/x',
      redisUrl: 'redis://cache.example:6379',
      postgresPort: nothing,
      redisPort: nothing,
      home,
      throwaway: true,
      allowEmbedded: true,
    });
    expect(s).toMatchObject({
      databaseUrl: 'postgres://u:p@db.example:5432/x',
      redisUrl: 'redis://cache.example:6379',
      database: 'set',
      redis: 'set',
      started: [],
    });
    expect(readdirSync(home)).toEqual([]);
  });

  it('never starts a store when embedded ones are not allowed (production)', async () => {
    const nothing = await freePort();
    const s = await provideLocalServices({
      postgresPort: nothing,
      redisPort: nothing,
      home,
      throwaway: true,
      allowEmbedded: false,
    });
    expect(s).toMatchObject({
      databaseUrl: `postgres://postgres@127.0.0.1:${nothing}/tamago`,
      redisUrl: `redis://127.0.0.1:${nothing}`,
      database: 'local',
      redis: 'local',
      started: [],
    });
    expect(readdirSync(home)).toEqual([]);
  });
});
