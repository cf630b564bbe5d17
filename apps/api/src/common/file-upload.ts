import { PayloadTooLargeException, applyDecorators } from '@nestjs/common';
import { ApiConsumes, ApiOperation } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@tamago/core';
import { inputProblems } from './input-guard';
import { RequestValidationError } from './validation';
import { ApiError } from '../errors';

/** The part every upload route reads its file from. */
export const FILE_PART = 'file';

/** One uploaded file, bytes as sent. */
export interface UploadedFile {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

/** An uploaded file with the text fields the route allows beside it. */
export interface MultipartUpload extends UploadedFile {
  fields: Record<string, string>;
}

/** What a route accepts and how its refusals read. */
export interface FileUploadOptions {
  /** Largest accepted file in bytes; a larger one is a 413 naming `file`. */
  maxBytes: number;
  /** The file in messages, lower case with its article ("the CSV file"). */
  noun: string;
  /** How to send the file; closes the refusals that are about the transport. */
  howToSend: string;
  /** Reasons of the refusals in the reader's language: how to send the file, and an empty file. */
  reasons: { howToSend: string; empty: string };
  /** Text fields taken beside the file; any other part is refused. */
  fields?: readonly string[];
}

/**
 * Reads the one file part `file` of a multipart/form-data request (and the allowed fields, in
 * any order). Every part is read before answering, so a refused request is still consumed to
 * its end. A missing `file` part is reported first, then the first part that is not expected.
 * The text fields and the file's name get the edge check JSON bodies get before Nest (see
 * input-guard): NUL, other control characters or a direction override is the same 400 naming the
 * field (`file` for the name) with its code.
 */
export async function readFileUpload(req: FastifyRequest, options: FileUploadOptions): Promise<MultipartUpload> {
  if (!req.isMultipart()) throw DomainError.invalid(options.reasons.howToSend, FILE_PART, options.howToSend);
  const allowed = new Set(options.fields ?? []);
  const fields: Record<string, string> = {};
  const unexpected: string[] = [];
  let file: UploadedFile | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: options.maxBytes, files: 1 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === FILE_PART) file = { filename: part.filename, mimeType: part.mimetype, bytes };
        else unexpected.push(part.fieldname);
      } else if (allowed.has(part.fieldname) && !(part.fieldname in fields) && typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      } else unexpected.push(part.fieldname);
    }
  } catch (e) {
    throw multipartError(e, options);
  }
  if (!file) {
    const found = unexpected.length > 0 ? ` (it has ${unexpected.join(', ')})` : '';
    throw DomainError.invalid(
      unexpected.length > 0 ? ApiError.NoFilePartButOthers : ApiError.NoFilePart,
      FILE_PART,
      `The request has no file part named file${found}. ${options.howToSend}`,
      { parts: unexpected.join(', '), howToSend: { reason: options.reasons.howToSend } },
    );
  }
  if (unexpected.length > 0) {
    const only = allowed.size > 0 ? ` and the fields ${[...allowed].join(', ')} (once each)` : '';
    throw DomainError.invalid(
      allowed.size > 0 ? ApiError.UnexpectedPartWithFields : ApiError.UnexpectedPart,
      unexpected[0],
      `Unexpected part ${unexpected[0]}: send only the file part named file${only}.`,
      allowed.size > 0 ? { part: unexpected[0], fields: [...allowed].join(', ') } : { part: unexpected[0] },
    );
  }
  // The file's name is text the client sent as well (a U+202E in it turns "fdp.exe" around).
  const problems = [...inputProblems(file.filename, FILE_PART), ...inputProblems(fields)];
  if (problems.length > 0) throw new RequestValidationError(problems);
  return { ...file, fields };
}

/**
 * The bytes of an upload sent either way: the `file` part of a multipart request, or the raw
 * body when a content-type parser kept it as bytes (the raw body's limit is that parser's).
 * An empty file is refused on `file`.
 */
export async function readFileOrBody(req: FastifyRequest, options: FileUploadOptions): Promise<Buffer> {
  const bytes = req.isMultipart() ? (await readFileUpload(req, options)).bytes : req.body;
  if (!Buffer.isBuffer(bytes)) throw DomainError.invalid(options.reasons.howToSend, FILE_PART, options.howToSend);
  if (bytes.length === 0)
    throw DomainError.invalid(options.reasons.empty, FILE_PART, `${capitalized(options.noun)} is empty.`);
  return bytes;
}

/** Turns the multipart plugin's limit and parse errors into answers that name `file`. */
function multipartError(e: unknown, options: FileUploadOptions): Error {
  const code = (e as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new PayloadTooLargeException(`file: ${options.noun} is larger than ${megabytes(options.maxBytes)} MB.`);
  }
  if (code === 'FST_FILES_LIMIT') {
    return DomainError.invalid(ApiError.FileCount, FILE_PART, 'Send exactly one file, in the part named file.');
  }
  if (typeof code === 'string' && code.startsWith('FST_')) {
    return DomainError.invalid(
      ApiError.MultipartUnreadable,
      FILE_PART,
      `The multipart body could not be read. ${options.howToSend}`,
      { howToSend: { reason: options.reasons.howToSend } },
    );
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** OpenAPI for a multipart upload route: the file part `file` and the text fields beside it. */
export function ApiFileUpload(description: string, fields: Record<string, string> = {}): MethodDecorator {
  const properties = Object.fromEntries(
    Object.entries(fields).map(([name, text]) => [name, { type: 'string', description: text }]),
  );
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    // The body is read by readFileUpload, not @Body, so the form's schema is declared here.
    ApiOperation({
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: [...Object.keys(fields), FILE_PART],
              properties: { ...properties, [FILE_PART]: { type: 'string', format: 'binary', description } },
            },
          },
        },
      },
    }),
  );
}

/** Whole megabytes of a limit, for messages. */
export function megabytes(bytes: number): number {
  return bytes / 1024 / 1024;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
