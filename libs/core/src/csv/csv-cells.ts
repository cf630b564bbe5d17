import { DomainError } from '../domain-error';
import { CoreError } from '../errors';

/** A whole number written in a cell ("1234", "1,234", full-width digits); InvalidInput on `field`. */
export function parseIntegerCell(text: string, field: string, min: number, max: number): number {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/,/g, '');
  const n = /^-?\d{1,16}$/.test(ascii) ? Number(ascii) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw DomainError.invalid(
      CoreError.CsvNotWholeNumber,
      field,
      `${field} must be a whole number from ${min} to ${max}; "${text}" is not.`,
      { field, min, max, text },
    );
  }
  return n;
}

/** A yes/no cell: true/1/yes/はい/○ or false/0/no/いいえ/empty; InvalidInput on `field`. */
export function parseBooleanCell(text: string, field: string): boolean {
  const v = text.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', 'はい', '○', '有'].includes(v)) return true;
  if (['', 'false', '0', 'no', 'n', 'いいえ', '×', '無'].includes(v)) return false;
  throw DomainError.invalid(
    CoreError.CsvNotBoolean,
    field,
    `${field} must be true or false (はい / いいえ); "${text}" is not.`,
    { field, text },
  );
}
