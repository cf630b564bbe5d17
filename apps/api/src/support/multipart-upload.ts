import { FastifyRequest } from 'fastify';
import { DomainError } from '@tamago/core';
import { FileUpload } from '@tamago/support';

/**
 * Reads the one file of a multipart/form-data request with its `purpose` field. Fields are
 * read in order, so `purpose` must come before `file`. A file above the limit is a 413.
 */
export async function readUpload(req: FastifyRequest): Promise<FileUpload> {
  if (!req.isMultipart())
    throw DomainError.invalid('file', 'Send the file as multipart/form-data with a purpose field.');
  const part = await req.file();
  if (!part) throw DomainError.invalid('file', 'The request carries no file.');
  const data = await part.toBuffer();
  const purpose = part.fields.purpose;
  const value = purpose && 'value' in purpose ? purpose.value : undefined;
  if (typeof value !== 'string') throw DomainError.invalid('purpose', 'purpose is required (before the file).');
  return { purpose: value, filename: part.filename, contentType: part.mimetype, data };
}

/** A Content-Disposition header that carries any file name safely (RFC 6266 / 5987). */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
