import { AppConfig } from '@tamago/config';
import { LocalServiceError } from './local-services/service-process';
import { localHome, provideLocalServices } from './local-services/local-services';
import { readRunFile } from './local-services/run-file';

type Env = Record<string, string | undefined>;

/**
 * The environment an operator command runs in: with DATABASE_URL unset it uses the
 * stores of a running `npm start` of this checkout, else a PostgreSQL/Redis on the local ports,
 * else embedded ones started for the command and stopped when it ends (never in production).
 */
export async function localEnvironment(env: Env, config: AppConfig): Promise<{ env: Env; stop(): Promise<void> }> {
  const none = { env, stop: async () => undefined };
  if (config.isProduction || env.DATABASE_URL) return none;
  const home = localHome(config.TAMAGO_LOCAL_DIR);
  const run = readRunFile(home);
  if (run)
    return {
      env: { ...env, DATABASE_URL: env.DATABASE_URL ?? run.databaseUrl, REDIS_URL: env.REDIS_URL ?? run.redisUrl },
      stop: none.stop,
    };
  try {
    const services = await provideLocalServices({
      databaseUrl: env.DATABASE_URL,
      redisUrl: env.REDIS_URL,
      postgresPort: config.TAMAGO_LOCAL_POSTGRES_PORT,
      redisPort: config.TAMAGO_LOCAL_REDIS_PORT,
      home,
      throwaway: false,
      allowEmbedded: true,
    });
    // A command that ends by process.exit still signals the stores to shut down.
    process.once('exit', () => services.started.forEach((s) => s.kill()));
    return { env: { ...env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl }, stop: services.stop };
  } catch (e) {
    if (e instanceof LocalServiceError) throw new Error(e.message);
    throw e;
  }
}
