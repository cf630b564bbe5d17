import { Params } from 'nestjs-pino';
import { AppConfig } from '@tamago/config';

/** Structured JSON logs with the request id; secrets never reach the log. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL,
      // Fastify already assigned the id (from X-Request-Id or a new uuid).
      genReqId: (req) => (req as unknown as { id: string }).id,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'req.body.refreshToken'],
      customProps: () => ({ service: 'api' }),
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  };
}
