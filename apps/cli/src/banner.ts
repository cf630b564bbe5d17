import { relative } from 'node:path';
import { AppConfig } from '@tamago/config';
import { LocalServices, StoreSource } from './local-services/local-services';
import type { PrepareReport } from './prepare';

export interface BannerFacts {
  config: AppConfig;
  services: LocalServices;
  api: number;
  worker: number;
  seconds: number;
  demo: PrepareReport['demo'];
}

function store(kind: 'PostgreSQL' | 'Redis', source: StoreSource, url: string, services: LocalServices): string {
  const shown = url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
  if (source === 'set') return `${shown} (from ${kind === 'PostgreSQL' ? 'DATABASE_URL' : 'REDIS_URL'})`;
  if (source === 'local') return `${shown} (already running on this machine)`;
  const started = services.started.find((s) => s.name === kind);
  const data = started ? relative(process.cwd(), started.dataDir) || '.' : '';
  return `${kind === 'PostgreSQL' ? 'embedded PostgreSQL' : 'redis-server'} started for you, data in ${data} (${shown}, pid ${started?.pid})`;
}

/** The start-up screen of `npm start` in development: what runs, where to open it, how to log in. */
export function startupBanner(f: BannerFacts): string {
  const { config, services } = f;
  const url = `http://localhost:${config.PORT}`;
  const embeddedLogs = services.started.length
    ? `; ${services.started.map((s) => s.name).join(' and ')} in ${relative(process.cwd(), services.started[0].logFile).replace(/[^/]+$/, '')}`
    : '';
  const lines = [
    `Tamago is running (started in ${f.seconds.toFixed(1)} s)`,
    '',
    `  Open       ${url}`,
    `  API docs   ${url}/api/docs   health: ${url}/health`,
    `  Processes  API (pid ${f.api}), worker (pid ${f.worker})`,
    `  Database   ${store('PostgreSQL', services.database, services.databaseUrl, services)}`,
    `  Redis      ${store('Redis', services.redis, services.redisUrl, services)}`,
  ];
  if (f.demo) {
    const [first, ...others] = f.demo.logins;
    lines.push(`  Demo login ${first} / ${f.demo.password}${f.demo.seeded ? '  (demo just seeded)' : ''}`);
    if (others.length) lines.push(`             also ${others.join(', ')} (same password)`);
  }
  lines.push(
    `  Logs       API and worker here (LOG_LEVEL=${config.LOG_LEVEL})${embeddedLogs}`,
    `  Stop       Ctrl-C${services.started.length ? ' (stops the embedded stores too; their data stays)' : ''}`,
  );
  const width = Math.max(...lines.map((l) => l.length)) + 2;
  const rule = '─'.repeat(Math.min(width, 100));
  return ['', rule, ...lines.map((l) => (l ? ` ${l}` : '')), rule, ''].join('\n');
}
