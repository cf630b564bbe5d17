import './heap-settings';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { AppConfig, loadConfig } from '@tamago/config';
import { createApiApp } from './app.factory';
import { lifecycle } from './health/draining';

async function bootstrap(): Promise<void> {
  const app = await createApiApp();
  const config = app.get(AppConfig);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  console.log(
    `Tamago API listening on http://localhost:${config.PORT} (docs: http://localhost:${config.PORT}/api/docs)`,
  );
  // A graceful stop: keep serving for the grace period (health says 503 so no new traffic is routed
  // here), then stop accepting, let the requests in flight finish, close the database and Redis, exit 0.
  const stop = async () => {
    if (lifecycle.draining) return;
    lifecycle.draining = true;
    await new Promise((r) => setTimeout(r, config.SHUTDOWN_GRACE_MS));
    await app.close();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop());
}

/**
 * With API_PROCESSES > 1 this process forks that many API processes sharing the port (node:cluster
 * hands connections round-robin) and stops when any of them stops, so the supervisor sees one API.
 */
function primary(processes: number): void {
  let listening = 0;
  for (let i = 0; i < processes; i++) cluster.fork();
  cluster.on('listening', () => {
    listening += 1;
    if (listening === processes) console.log(`Tamago API listening with ${processes} processes`);
  });
  cluster.on('exit', (w, code, signal) => {
    if (stopping) return;
    console.error(`Tamago API process ${w.process.pid} stopped (${signal ?? code}); stopping the others.`);
    stop(code || 1);
  });
  let stopping = false;
  const stop = (code: number) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    const left = () => Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead()).length;
    const timer = setInterval(() => left() === 0 && (clearInterval(timer), process.exit(code)), 100);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(0));
}

const processes = loadConfig(process.env).API_PROCESSES;
if (cluster.isPrimary && processes > 1) primary(processes);
else
  bootstrap().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
