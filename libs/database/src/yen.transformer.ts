import { ValueTransformer } from 'typeorm';

/**
 * Maps a PostgreSQL bigint (which `pg` returns as a string) to a JS number, refusing any
 * value outside the safe-integer range instead of silently losing yen.
 */
export const bigintTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null): number | null => {
    if (value === null || value === undefined) return null;
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${String(value)} is outside the safe integer range`);
    return n;
  },
};

/** Maps a numeric(…) column to a string so decimals (areas, factors) are never rounded by floats. */
export const decimalStringTransformer: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => value,
};
