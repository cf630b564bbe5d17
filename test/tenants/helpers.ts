import { corporateNumberCheckDigit } from '@tamago/core';

let counter = 0;

/** A valid corporate number built from a 12-digit base unique in this process. */
export function validCorporateNumber(): string {
  counter += 1;
  const base = String(
    100_000_000_000 + (process.pid % 1000) * 100_000_000 + (Date.now() % 100_000) * 1000 + counter,
  ).slice(-12);
  return `${corporateNumberCheckDigit(base)}${base}`;
}

/** The same number with a wrong check digit. */
export function withWrongCheckDigit(valid: string): string {
  const wrong = (Number(valid[0]) % 9) + 1;
  return `${wrong}${valid.slice(1)}`;
}
