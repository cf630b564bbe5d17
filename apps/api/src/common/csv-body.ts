import { ExecutionContext, applyDecorators, createParamDecorator } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiConsumes, ApiOperation } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { MAX_CSV_BYTES } from '@tamago/core';
import { FILE_PART, FileUploadOptions, megabytes, readFileOrBody } from './file-upload';
import { ApiError } from '../errors';

// A facility's whole tenant list or a year of meter readings fits well within this; the import checks
// the same size again before parsing anything.
const CSV_BODY_LIMIT = MAX_CSV_BYTES;
const CSV_UPLOAD: FileUploadOptions = {
  maxBytes: CSV_BODY_LIMIT,
  noun: 'the CSV file',
  howToSend:
    'Send the CSV file as the request body with Content-Type: text/csv, or as multipart/form-data with one file part named file.',
  reasons: { howToSend: ApiError.SendCsvFile, empty: ApiError.CsvFileEmpty },
};

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

/**
 * The CSV bytes of an upload route: a raw `text/csv` body, or the one file part `file` of a
 * multipart/form-data request (what a browser form sends). Anything else is a 400 on `file`.
 */
export const CsvUpload = createParamDecorator((_data: unknown, ctx: ExecutionContext): Promise<Buffer> =>
  readCsvUpload(ctx.switchToHttp().getRequest<FastifyRequest>()),
);

/** Reads the CSV of a request in either transport; the bytes stay as sent (UTF-8 or Shift_JIS). */
export function readCsvUpload(req: FastifyRequest): Promise<Buffer> {
  return readFileOrBody(req, CSV_UPLOAD);
}

/** OpenAPI for an upload route: the raw CSV body or a form with the file part `file`. */
export function ApiCsvUpload(columns: string): MethodDecorator {
  const description = `${columns} (UTF-8 or Shift_JIS; at most ${megabytes(CSV_BODY_LIMIT)} MB)`;
  return applyDecorators(
    ApiConsumes('text/csv', 'multipart/form-data'),
    // The body is read by CsvUpload, not @Body, so the per-media-type schemas are declared here.
    ApiOperation({
      requestBody: {
        required: true,
        description,
        content: {
          'text/csv': { schema: { type: 'string', format: 'binary' } },
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: [FILE_PART],
              properties: { [FILE_PART]: { type: 'string', format: 'binary', description } },
            },
            encoding: { [FILE_PART]: { contentType: 'text/csv' } },
          },
        },
      },
    }),
  );
}
