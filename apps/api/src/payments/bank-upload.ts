import type { FastifyRequest } from 'fastify';
import { FileUploadOptions, readFileOrBody } from '../common/file-upload';
import { ApiError } from '../errors';

const BANK_FILE: FileUploadOptions = {
  // A month of 200-byte Zengin records or a bank's CSV export is far below this.
  maxBytes: 10 * 1024 * 1024,
  noun: 'the bank file',
  howToSend: 'Send the bank file as multipart/form-data with one file part named file.',
  reasons: { howToSend: ApiError.SendBankFile, empty: ApiError.BankFileEmpty },
};

/**
 * Reads an uploaded bank file: the part `file` of a multipart/form-data request, or the raw body
 * when a parser gave one as bytes. The bytes are kept as they are (Shift_JIS included).
 */
export function readBankFile(req: FastifyRequest): Promise<Buffer> {
  return readFileOrBody(req, BANK_FILE);
}
