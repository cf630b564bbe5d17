import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@tamago/config';
import { DemoSeedService } from '@tamago/demo';
import { CliModule } from './cli.module';
import { migrate } from './migration-commands';

/**
 * `npm start`: creates and migrates the database, seeds the demo when asked, then runs the
 * API and the worker as two child processes; stopping one (or Ctrl-C) stops both.
 */
export async function startAll(config: AppConfig): Promise<void> {
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  if (config.TAMAGO_DEMO) {
    const ctx = await NestFactory.createApplicationContext(CliModule, {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    try {
      const seeded = await ctx.get(DemoSeedService).seedIfEmpty();
      if (seeded) console.log('Seeded the demo facility (logins in README.md, password tamago-demo-2026).');
    } finally {
      await ctx.close();
    }
  }
  const children: ChildProcess[] = [
    spawn(process.execPath, [join(__dirname, '../../api/src/main.js')], { stdio: 'inherit' }),
    spawn(process.execPath, [join(__dirname, '../../worker/src/main.js')], { stdio: 'inherit' }),
  ];
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    setTimeout(() => process.exit(code), 5000).unref();
  };
  for (const child of children) {
    child.on('exit', (code) => {
      if (!stopping) console.error(`A Tamago process exited (code ${code}); stopping the others.`);
      stop(code ?? 1);
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
    });
  }
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  console.log(`Open http://localhost:${config.PORT} — API docs at http://localhost:${config.PORT}/api/docs`);
}
