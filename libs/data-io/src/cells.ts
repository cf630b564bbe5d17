import { DomainError, parseIsoDate } from '@tamago/core';
import { DataIoError } from './errors';

const SLASH_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

/** A date cell: ISO 2026-04-01, or 2026/4/1 as Excel writes it; '' is null. InvalidInput on `field`. */
export function dateCell(text: string, field: string): string | null {
  if (text === '') return null;
  const slash = SLASH_DATE.exec(text);
  const iso = slash ? `${slash[1]}-${slash[2].padStart(2, '0')}-${slash[3].padStart(2, '0')}` : text;
  return parseIsoDate(iso, field);
}

/** A required text cell of at most `max` characters. */
export function textCell(text: string, field: string, max: number): string {
  if (text === '') throw DomainError.invalid(DataIoError.Required, field, `${field} is required.`, { field });
  return optionalText(text, field, max)!;
}

/** An optional text cell of at most `max` characters; '' is null. */
export function optionalText(text: string, field: string, max: number): string | null {
  if (text === '') return null;
  if ([...text].length > max)
    throw DomainError.invalid(DataIoError.TooLong, field, `${field} must be at most ${max} characters.`, {
      field,
      max,
    });
  return text;
}

/** A list cell separated by | 、 or ; (Excel users' habits). */
export function listCell(text: string): string[] {
  return text
    .split(/[|、;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
