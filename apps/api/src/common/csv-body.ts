import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DomainError } from '@tamago/core';

// A facility's whole tenant list or a year of meter readings fits well within this.
const CSV_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * Lets uploads send a CSV file as the raw body (`Content-Type: text/csv`), kept as bytes so the
 * import can tell UTF-8 from the Shift_JIS that Excel writes.
 */
export function acceptCsvBodies(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser(
      ['text/csv', 'application/csv', 'text/plain'],
      { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT },
      (_req: unknown, body: Buffer | string, done: (err: Error | null, body?: unknown) => void) => done(null, body),
    );
}

/** The raw CSV body of an upload route; anything else (JSON, no body) is a 400 on `file`. */
export const CsvBody = createParamDecorator((_data: unknown, ctx: ExecutionContext): Buffer => {
  const body = ctx.switchToHttp().getRequest<{ body?: unknown }>().body;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw DomainError.invalid('file', 'Send the CSV file as the request body with Content-Type: text/csv.');
  }
  return body;
});
