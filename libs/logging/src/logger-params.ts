import { hostname } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { DestinationStream, LogFn, Logger } from 'pino';
import { AppConfig } from '@tamago/config';

/** Nest's start-up chatter (one line per module and per mapped route): kept, at debug level. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

type HttpOptions = Options<IncomingMessage, ServerResponse>;

/** Development output: one readable line per record, written synchronously (no worker thread). */
function prettyStream(): DestinationStream | undefined {
  let pretty: typeof import('pino-pretty');
  try {
    // A development dependency: loaded only when logs are to be read by a person.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pretty = require('pino-pretty');
  } catch {
    return undefined;
  }
  return pretty.build({
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service,context,req,res,responseTime',
    messageFormat: '{service} | {msg}{if context} ({context}){end}',
    singleLine: true,
  });
}

/**
 * nestjs-pino settings shared by the API and the worker: JSON records in production (and in tests,
 * silenced), human-readable lines with pino-pretty in development; Nest's start-up chatter at debug.
 */
export function loggerParams(config: AppConfig, service: 'api' | 'worker', http: HttpOptions = {}): Params {
  const options: HttpOptions = {
    level: config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL,
    base: { pid: process.pid, hostname: hostname(), service },
    hooks: {
      logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number) {
        const first = args[0] as { context?: string } | undefined;
        if (level === 30 && START_UP_CONTEXTS.has(first?.context ?? '')) return this.debug(...args);
        return method.apply(this, args);
      },
    },
    ...http,
  };
  const pretty = config.NODE_ENV === 'development' ? prettyStream() : undefined;
  if (!pretty) return { pinoHttp: options };
  return {
    pinoHttp: [
      {
        ...options,
        customSuccessMessage: (req, res, ms) => `${req.method} ${req.url} ${res.statusCode} ${Math.round(ms)} ms`,
        customErrorMessage: (req, res, err) => `${req.method} ${req.url} ${res.statusCode} ${err.message}`,
      },
      pretty,
    ],
  };
}
