import 'reflect-metadata';
import { AppConfig } from '@tamago/config';
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

bootstrap().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
