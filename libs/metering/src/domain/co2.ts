import { DomainError, requireInteger } from '@tamago/core';
import { MeteringError } from '../errors';

// Emission factors are published per electricity retailer in t-CO2/kWh (e.g. "0.000434").
// Anything above 0.01 t-CO2/kWh (10 kg per kWh) is a factor given in the wrong unit.
const FACTOR = /^(\d+)(?:\.(\d{1,12}))?$/;
const MAX_FACTOR_TONNES = 10_000_000_000n; // 0.01 at 12 decimals
const MAX_KWH = 1_000_000_000_000;

/** CO2 emitted by `kwh`, in whole grams rounded half up; the factor is a decimal string in t-CO2/kWh. */
export function co2Grams(kwh: number, emissionFactor: string): number {
  return scaledEmission(kwh, emissionFactor, 1_000_000n);
}

/** CO2 emitted by `kwh`, in whole kilograms rounded half up (computed exactly, not from rounded grams). */
export function co2Kg(kwh: number, emissionFactor: string): number {
  return scaledEmission(kwh, emissionFactor, 1_000n);
}

/** kwh × factor (t/kWh) × `perTonne`, exact in BigInt, then rounded half up once. */
function scaledEmission(kwh: number, emissionFactor: string, perTonne: bigint): number {
  const energy = BigInt(requireInteger(kwh, 'kwh', 0, MAX_KWH));
  const match = typeof emissionFactor === 'string' ? FACTOR.exec(emissionFactor) : null;
  if (!match) {
    throw DomainError.invalid(
      MeteringError.EmissionFactorFormat,
      'emissionFactor',
      'emissionFactor must be a decimal in t-CO2/kWh, like "0.000434".',
    );
  }
  const decimals = match[2] ?? '';
  const numerator = BigInt(match[1] + decimals);
  const denominator = 10n ** BigInt(decimals.length);
  if (numerator * 10n ** 12n > MAX_FACTOR_TONNES * denominator) {
    throw DomainError.invalid(
      MeteringError.EmissionFactorUnit,
      'emissionFactor',
      'emissionFactor is in t-CO2/kWh; a value above 0.01 is in another unit.',
    );
  }
  const exact = energy * numerator * perTonne;
  // Half up on a non-negative quantity: floor((2x + d) / 2d).
  return Number((2n * exact + denominator) / (2n * denominator));
}
