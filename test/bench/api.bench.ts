import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { DemoSeedService } from '@tamago/demo';
import { CliModule } from '../../apps/cli/src/cli.module';
import { bearer } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

/**
 * `npm run bench`: API latency on a demo-sized facility (112 tenants, 153 rooms), printed as
 * figures. Targets are read from this output, never asserted as timings in tests.
 */
async function measure(label: string, n: number, call: () => Promise<unknown>): Promise<string> {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
  return `${label.padEnd(38)} n=${String(n).padStart(4)}  p50=${pct(50).padStart(7)} ms  p95=${pct(95).padStart(7)} ms  ${((n / total) * 1000).toFixed(0).padStart(5)} req/s`;
}

describe('bench', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    // The demo seed is a CLI concern: run it as the CLI does, then measure the API on it.
    const cli = await NestFactory.createApplicationContext(CliModule, { logger: false, abortOnError: false });
    try {
      await cli.get(DemoSeedService).seedIfEmpty();
    } finally {
      await cli.close();
    }
  }, 600_000);
  afterAll(() => t.close());

  it('prints API figures', async () => {
    const login = () =>
      t.http.post('/api/v1/auth/login').send({ email: 'admin@demo.example.jp', password: 'tamago-demo-2026' });
    const token = (await login()).body.accessToken as string;
    const get = (path: string) => () => t.http.get(path).set(bearer(token)).expect(200);
    const lines = [
      await measure('POST /auth/login (argon2id)', 20, login),
      await measure('GET /me', 200, get('/api/v1/me')),
      await measure('GET /tenants?limit=50', 200, get('/api/v1/tenants?limit=50')),
      await measure('GET /tenants?q=… (search)', 100, get('/api/v1/tenants?q=%E3%83%86')),
      await measure('GET /spaces?limit=200', 100, get('/api/v1/spaces?limit=200')),
      await measure('GET /occupancy', 100, get('/api/v1/occupancy')),
    ];
    const rss = (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
    process.stdout.write(
      `\nTamago API benchmark (one process, in-process HTTP)\n${lines.join('\n')}\nRSS after run: ${rss} MiB\n\n`,
    );
    expect(lines).toHaveLength(6);
  }, 300_000);
});
