import { DomainError, parseIsoDate, requireArray, requireInteger, type IsoDate } from '@tamago/core';
import { MeteringError } from '../errors';

// Readings are whole units of the meter (kWh for electricity); a meter that shows decimals is
// read in its smallest unit by the caller. Twelve digits is beyond any sub-meter's register.
const MAX_READING = 999_999_999_999;

/** When the meter was swapped since the previous reading: the old meter's last value and the new one's first. */
export interface MeterReplacement {
  oldMeterFinal: number;
  newMeterInitial?: number;
}

/** One reading of a meter on a day. */
export interface MeterReading {
  readOn: IsoDate;
  value: number;
  replacement?: MeterReplacement | null;
}

/** Consumption between consecutive readings, and in total. */
export interface MeterConsumption {
  total: number;
  periods: { from: IsoDate; to: IsoDate; amount: number }[];
}

/**
 * Consumption since the previous reading. A reading lower than the previous one is refused
 * (InvalidInput on `value`) unless the meter was replaced; then nothing consumed is lost:
 * consumption = (old meter's final reading − previous) + (new reading − new meter's first
 * reading, 0 by default). The first reading of a meter (`previous` null) is a baseline: 0.
 */
export function checkReading(previous: number | null, next: number, replacement?: MeterReplacement | null): number {
  const value = requireInteger(next, 'value', 0, MAX_READING);
  if (previous === null) {
    if (replacement)
      throw DomainError.invalid(
        MeteringError.FirstReadingReplacement,
        'replacement',
        'A first reading has no earlier meter to replace.',
      );
    return 0;
  }
  const before = requireInteger(previous, 'previous', 0, MAX_READING);
  if (!replacement) {
    if (value < before) {
      throw DomainError.invalid(
        MeteringError.ReadingBelowPrevious,
        'value',
        `The reading ${value} is lower than the previous ${before}; mark a meter replacement.`,
        { value, before },
      );
    }
    return value - before;
  }
  const oldFinal = requireInteger(replacement.oldMeterFinal, 'replacement.oldMeterFinal', before, MAX_READING);
  const newInitial = requireInteger(replacement.newMeterInitial ?? 0, 'replacement.newMeterInitial', 0, MAX_READING);
  if (value < newInitial) {
    throw DomainError.invalid(
      MeteringError.ReadingBelowNewInitial,
      'value',
      `The reading ${value} is lower than the new meter's first reading ${newInitial}.`,
      { value, newInitial },
    );
  }
  return oldFinal - before + (value - newInitial);
}

/** Consumption over readings given in date order (strictly increasing days); each step checked as above. */
export function consumption(readings: MeterReading[]): MeterConsumption {
  const list = requireArray<MeterReading>(readings, 'readings');
  const periods: MeterConsumption['periods'] = [];
  list.forEach((reading, i) => {
    const readOn = parseIsoDate(reading?.readOn, `readings[${i}].readOn`);
    if (i === 0) {
      requireInteger(reading.value, `readings[0].value`, 0, MAX_READING);
      return;
    }
    const previous = list[i - 1];
    if (readOn <= previous.readOn) {
      throw DomainError.invalid(
        MeteringError.ReadingsOutOfOrder,
        `readings[${i}].readOn`,
        'Readings must be in date order, one per day at most.',
      );
    }
    const amount = withField(`readings[${i}].`, () => checkReading(previous.value, reading.value, reading.replacement));
    periods.push({ from: previous.readOn, to: readOn, amount });
  });
  return { total: periods.reduce((sum, p) => sum + p.amount, 0), periods };
}

/** Re-raises an InvalidInput from a nested check with its field prefixed, e.g. 'readings[3].value'. */
function withField<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    const problem = error instanceof DomainError ? error.details.errors?.[0] : undefined;
    if (!problem) throw error;
    const field = `${prefix}${problem.field}`;
    const message = error instanceof Error ? error.message : problem.message;
    const { reason, params } = error as DomainError;
    throw DomainError.invalid(reason, field, message, { ...params, field });
  }
}
