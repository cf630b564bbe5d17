import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@tamago/config';
import { DEMO_LOGINS, DEMO_PASSWORD, DemoSeedService } from '@tamago/demo';
import { CliModule } from './cli.module';
import { migrate } from './migration-commands';

/** What the preparing process tells `npm start` for its start-up screen. */
export interface PrepareReport {
  migrations: number;
  demo: { seeded: boolean; seconds: number; logins: string[]; password: string } | null;
}

/**
 * `npm start`'s first step, run in a process of its own so the supervisor never loads the
 * application: creates and migrates the database, and seeds the demo into an empty one.
 */
export async function prepareDatabase(config: AppConfig): Promise<void> {
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length) console.log(`Database: applied ${applied.length} migration(s)`);
  const report: PrepareReport = { migrations: applied.length, demo: null };
  if (config.TAMAGO_DEMO) {
    const started = Date.now();
    const ctx = await NestFactory.createApplicationContext(CliModule, {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    try {
      const seeded = Boolean(await ctx.get(DemoSeedService).seedIfEmpty());
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      if (seeded) console.log(`Demo: seeded the demo facility in ${seconds} s`);
      report.demo = { seeded, seconds, logins: DEMO_LOGINS.map((l) => l.email), password: DEMO_PASSWORD };
    } finally {
      await ctx.close();
    }
  }
  process.send?.(report);
}
