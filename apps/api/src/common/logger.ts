import { Params } from 'nestjs-pino';
import { AppConfig } from '@tamago/config';
import { loggerParams } from '@tamago/logging';

/** Structured logs with the request id (readable lines in development); secrets never reach the log. */
export function loggerOptions(config: AppConfig): Params {
  return loggerParams(config, 'api', {
    // Fastify already assigned the id (from X-Request-Id or a new uuid).
    genReqId: (req) => (req as unknown as { id: string }).id,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'req.body.refreshToken'],
    // Mounted under a path, the middleware sees req.url relative to it ('/'): match the original URL.
    autoLogging: {
      ignore: (req) => ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0] === '/health',
    },
  });
}
