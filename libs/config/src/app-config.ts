import { Transform, plainToInstance } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const DEFAULT_JWT_SECRET = 'tamago-local-development-secret-change-me';

const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/**
 * The whole configuration, validated once at start from a flat environment.
 * Nothing else in the code base reads process.env.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/tamago';

  /**
   * Connections each API or worker process keeps to PostgreSQL at most. Unset: 10 for the API; a
   * worker takes one per job its queues may run at once plus 3 (`workerPoolSize` in libs/jobs), so no
   * running job waits for a connection.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE?: number;

  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /**
   * Key prefix for BullMQ and rate limits, so several installations can share one Redis. A hash tag
   * ({tamago}) keeps every queue key in one slot, as a Redis Cluster needs.
   */
  @Matches(/^[A-Za-z0-9_:{}-]{1,64}$/, { message: 'REDIS_PREFIX may hold letters, digits, _ : - { } only' })
  REDIS_PREFIX = 'tamago';

  /** SMTP server for outgoing mail; empty in development writes mails to the log instead. */
  @IsOptional()
  @Matches(/^(smtps?:\/\/[^\s]+)?$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = '';

  @IsEmail()
  MAIL_FROM = 'no-reply@tamago.example.jp';

  /** Public URL of the web app, used in links inside emails. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  APP_URL = 'http://localhost:3000';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEFAULT_JWT_SECRET;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_LOCK_MINUTES = 15;

  /** Login attempts allowed per client address per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_RATE_LIMIT_PER_MINUTE = 30;

  /**
   * Reverse proxies whose X-Forwarded-For the API believes, comma-separated: addresses, CIDR
   * ranges or `loopback`, `linklocal`, `uniquelocal`. Empty (the default) trusts none, so a
   * client cannot pick its own address and slip past the per-address login rate limit.
   */
  @Matches(/^(\s*(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(\/\d{1,3})?)\s*(,|$))*$/, {
    message: 'TRUSTED_PROXIES must be a comma-separated list of addresses, CIDR ranges or loopback',
  })
  TRUSTED_PROXIES = '';

  /** Seed the demo facility into an empty database at start. */
  @Transform(toBool)
  @IsBoolean()
  TAMAGO_DEMO = true;

  /** Where `npm start` and the tests look for a PostgreSQL of their own when DATABASE_URL is unset. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  TAMAGO_LOCAL_POSTGRES_PORT = 5432;

  /** Where `npm start` and the tests look for a Redis of their own when REDIS_URL is unset. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  TAMAGO_LOCAL_REDIS_PORT = 6379;

  /** Data and logs of the PostgreSQL/Redis that `npm start` runs itself, relative to the repository. */
  @IsString()
  @MinLength(1)
  TAMAGO_LOCAL_DIR = '.tamago';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** How long a worker holds a job's lock; a job whose worker died is retried after about this long. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  JOB_LOCK_MS = 30000;

  /** On SIGTERM, how long running jobs may finish before they are handed back to other workers. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600000)
  JOB_DRAIN_MS = 20000;

  /**
   * On SIGTERM, how long the API keeps serving (with `/health` answering 503, so load balancers stop
   * sending) before it stops accepting connections and finishes the requests in flight.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120000)
  SHUTDOWN_GRACE_MS = 2000;

  /** Upsert the platform job schedulers when a worker starts (default off under NODE_ENV=test). */
  @Transform(toBool)
  @IsBoolean()
  JOB_SCHEDULES = true;

  /**
   * API processes `npm start` runs (node:cluster workers sharing the port); each is stateless, so
   * any of them may answer any request.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES = 1;

  /** Worker processes `npm start` runs; jobs are idempotent by their ids, so they share the queues. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_PROCESSES = 1;

  /** Test hook: a pause after each reminder of a sweep, so a test can kill a worker in the middle. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  REMINDER_SWEEP_PAUSE_MS = 0;

  /** Test hook: a pause after each mail of a send-email batch, so a test can kill a worker in the middle of a batch. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  MAIL_BATCH_PAUSE_MS = 0;

  /** TRUSTED_PROXIES as Fastify's `trustProxy`: the list, or false when none is trusted. */
  get trustedProxies(): string[] | false {
    const list = this.TRUSTED_PROXIES.split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    return list.length > 0 ? list : false;
  }

  /**
   * How many drafts a billing issue numbers per transaction (each chunk is issued whole or not at
   * all). The fault suite sets 1, so a worker can be killed between two invoices.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  BILLING_ISSUE_CHUNK = 500;

  /** Test hook: a pause after each step of a billing issue (a chunk of invoices) and of a report build, for the fault suite. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  JOB_STEP_PAUSE_MS = 0;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

/** Raised when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {}

/** Validates a flat environment into an AppConfig, or throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const defaults = new AppConfig();
  const known = Object.keys(defaults) as (keyof AppConfig)[];
  const raw: Record<string, unknown> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined) raw[key] = value;
  }
  if (env.TAMAGO_DEMO === undefined && env.NODE_ENV === 'production') raw.TAMAGO_DEMO = 'false';
  // Tests drive schedules themselves; a shared test Redis must not tick every file's facilities.
  if (env.JOB_SCHEDULES === undefined && env.NODE_ENV === 'test') raw.JOB_SCHEDULES = 'false';
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { skipMissingProperties: false }).flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`),
  );
  if (config.isProduction) {
    if (config.JWT_SECRET === DEFAULT_JWT_SECRET)
      problems.push('JWT_SECRET: the default secret is refused in production');
    if (config.TAMAGO_DEMO) problems.push('TAMAGO_DEMO: the demo seed is refused under NODE_ENV=production');
    if (!config.SMTP_URL) problems.push('SMTP_URL: required in production');
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return Object.freeze(config);
}
