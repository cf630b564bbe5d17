import { ExecutionContext, PayloadTooLargeException, applyDecorators, createParamDecorator } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiConsumes, ApiOperation } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { DomainError } from '@tamago/core';

// A facility's whole tenant list or a year of meter readings fits well within this.
const CSV_BODY_LIMIT = 10 * 1024 * 1024;
const FILE_PART = 'file';
const HOW_TO_SEND =
  'Send the CSV file as the request body with Content-Type: text/csv, or as multipart/form-data with one file part named file.';

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
export async function readCsvUpload(req: FastifyRequest): Promise<Buffer> {
  const bytes = req.isMultipart() ? await readFilePart(req) : req.body;
  if (!Buffer.isBuffer(bytes)) throw DomainError.invalid(FILE_PART, HOW_TO_SEND);
  if (bytes.length === 0) throw DomainError.invalid(FILE_PART, 'The CSV file is empty.');
  return bytes;
}

/**
 * Reads every part before answering, so a refused request is still consumed to its end. A
 * missing `file` part is reported first, then the first part that is not `file`.
 */
async function readFilePart(req: FastifyRequest): Promise<Buffer> {
  let file: Buffer | undefined;
  const unexpected: string[] = [];
  try {
    for await (const part of req.parts({ limits: { fileSize: CSV_BODY_LIMIT, files: 1 } })) {
      if (part.type === 'file' && part.fieldname === FILE_PART) file = await part.toBuffer();
      else {
        if (part.type === 'file') await part.toBuffer();
        unexpected.push(part.fieldname);
      }
    }
  } catch (e) {
    throw multipartError(e);
  }
  if (!file) {
    const found = unexpected.length > 0 ? ` (it has ${unexpected.join(', ')})` : '';
    throw DomainError.invalid(FILE_PART, `The request has no file part named file${found}. ${HOW_TO_SEND}`);
  }
  if (unexpected.length > 0) {
    throw DomainError.invalid(unexpected[0], `Unexpected part ${unexpected[0]}: send only the file part named file.`);
  }
  return file;
}

/** Turns the multipart plugin's limit and parse errors into answers that name `file`. */
function multipartError(e: unknown): Error {
  const code = (e as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new PayloadTooLargeException(`file: the CSV file is larger than ${CSV_BODY_LIMIT / 1024 / 1024} MB.`);
  }
  if (code === 'FST_FILES_LIMIT') {
    return DomainError.invalid(FILE_PART, 'Send exactly one file, in the part named file.');
  }
  if (typeof code === 'string' && code.startsWith('FST_')) {
    return DomainError.invalid(FILE_PART, `The multipart body could not be read. ${HOW_TO_SEND}`);
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** OpenAPI for an upload route: the raw CSV body or a form with the file part `file`. */
export function ApiCsvUpload(columns: string): MethodDecorator {
  const description = `${columns} (UTF-8 or Shift_JIS; at most ${CSV_BODY_LIMIT / 1024 / 1024} MB)`;
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
