import 'reflect-metadata';
import { AppConfig } from '@tamago/config';
import { createApiApp } from './app.factory';

async function bootstrap(): Promise<void> {
  const app = await createApiApp();
  const config = app.get(AppConfig);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  console.log(
    `Tamago API listening on http://localhost:${config.PORT} (docs: http://localhost:${config.PORT}/api/docs)`,
  );
}

bootstrap().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
