import { DomainError } from '@tamago/core';
import { MeteringError } from '../errors';

/** The utilities a facility meters per space. */
export type MeterKind = 'electricity' | 'water' | 'gas';
export const METER_KINDS: readonly MeterKind[] = ['electricity', 'water', 'gas'];

/** Unit of one meter step, per kind (readings are whole steps). */
export const METER_UNITS: Record<MeterKind, string> = { electricity: 'kWh', water: 'm3', gas: 'm3' };

/** Validates a meter kind coming from outside; InvalidInput on `field`. */
export function parseMeterKind(value: unknown, field = 'kind'): MeterKind {
  if (typeof value === 'string' && (METER_KINDS as readonly string[]).includes(value)) return value as MeterKind;
  throw DomainError.invalid(
    MeteringError.MeterKindNotOneOf,
    field,
    `${field} must be one of: ${METER_KINDS.join(', ')}.`,
    { field, allowed: METER_KINDS.join(', ') },
  );
}
