import type { FastifyRequest } from 'fastify';
import { DomainError } from '@tamago/core';

/**
 * Reads an uploaded bank file: multipart/form-data with one file part (any field name), or the
 * raw body when a parser gave one as bytes. The bytes are kept as they are (Shift_JIS included).
 */
export async function readUpload(req: FastifyRequest): Promise<Buffer> {
  if (req.isMultipart()) {
    const part = await req.file();
    if (!part) throw DomainError.invalid('file', 'Attach the bank file as a multipart file part.');
    const bytes = await part.toBuffer();
    if (bytes.length === 0) throw DomainError.invalid('file', 'The file is empty.');
    return bytes;
  }
  if (Buffer.isBuffer(req.body) && req.body.length > 0) return req.body;
  throw DomainError.invalid('file', 'Send the bank file as multipart/form-data with one file part.');
}
