import { FastifyRequest } from 'fastify';
import { DomainError } from '@tamago/core';
import { FileUpload, MAX_ATTACHMENT_BYTES } from '@tamago/support';
import { FileUploadOptions, readFileUpload } from '../common/file-upload';
import { ApiError } from '../errors';

const EVIDENCE_FILE: FileUploadOptions = {
  maxBytes: MAX_ATTACHMENT_BYTES,
  noun: 'the file',
  howToSend: 'Send the file as multipart/form-data with a purpose field and one file part named file.',
  fields: ['purpose'],
  reasons: { howToSend: ApiError.SendAttachment, empty: ApiError.AttachmentEmpty },
};

/** Reads an evidence attachment: the file part `file` and its `purpose` field. A file above the limit is a 413. */
export async function readUpload(req: FastifyRequest): Promise<FileUpload> {
  const { filename, mimeType, bytes, fields } = await readFileUpload(req, EVIDENCE_FILE);
  if (fields.purpose === undefined)
    throw DomainError.invalid(ApiError.PurposeRequired, 'purpose', 'purpose is required.');
  return { purpose: fields.purpose, filename, contentType: mimeType, data: bytes };
}

/** A Content-Disposition header that carries any file name safely (RFC 6266 / 5987). */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
