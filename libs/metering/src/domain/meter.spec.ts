import { DomainError, ErrorCode } from '@tamago/core';
import { co2Grams, co2Kg } from './co2';
import { checkReading, consumption } from './meter';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.code).toBe(ErrorCode.InvalidInput);
      return error.details.errors?.[0].field;
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('checkReading', () => {
  it('gives the difference to the previous reading', () => {
    expect(checkReading(1200, 1350)).toBe(150);
    expect(checkReading(1200, 1200)).toBe(0);
  });

  it('treats the first reading as a baseline', () => {
    expect(checkReading(null, 500)).toBe(0);
    expect(fieldOf(() => checkReading(null, 500, { oldMeterFinal: 10 }))).toBe('replacement');
  });

  it('refuses a lower reading unless the meter was replaced', () => {
    expect(fieldOf(() => checkReading(1200, 1100))).toBe('value');
  });

  it('keeps the consumption of both meters on a replacement', () => {
    // (1260 − 1200) on the old meter + (40 − 0) on the new one
    expect(checkReading(1200, 40, { oldMeterFinal: 1260 })).toBe(100);
    // (1260 − 1200) + (40 − 5)
    expect(checkReading(1200, 40, { oldMeterFinal: 1260, newMeterInitial: 5 })).toBe(95);
  });

  it('validates a replacement', () => {
    expect(fieldOf(() => checkReading(1200, 40, { oldMeterFinal: 1199 }))).toBe('replacement.oldMeterFinal');
    expect(fieldOf(() => checkReading(1200, 4, { oldMeterFinal: 1260, newMeterInitial: 5 }))).toBe('value');
  });

  it('refuses fractions and negatives', () => {
    expect(fieldOf(() => checkReading(1200, 1300.5))).toBe('value');
    expect(fieldOf(() => checkReading(-1, 1300))).toBe('previous');
  });
});

describe('consumption', () => {
  it('sums each period, across a meter replacement', () => {
    expect(
      consumption([
        { readOn: '2027-04-30', value: 1000 },
        { readOn: '2027-05-31', value: 1150 },
        { readOn: '2027-06-30', value: 20, replacement: { oldMeterFinal: 1210 } },
        { readOn: '2027-07-31', value: 300 },
      ]),
    ).toEqual({
      // 150, (1210 − 1150) + 20 = 80, 300 − 20 = 280
      total: 510,
      periods: [
        { from: '2027-04-30', to: '2027-05-31', amount: 150 },
        { from: '2027-05-31', to: '2027-06-30', amount: 80 },
        { from: '2027-06-30', to: '2027-07-31', amount: 280 },
      ],
    });
  });

  it('is zero for one reading or none', () => {
    expect(consumption([{ readOn: '2027-04-30', value: 1000 }])).toEqual({ total: 0, periods: [] });
    expect(consumption([])).toEqual({ total: 0, periods: [] });
  });

  it('names the offending reading', () => {
    const base = { readOn: '2027-04-30', value: 1000 };
    expect(fieldOf(() => consumption([base, { readOn: '2027-04-30', value: 1100 }]))).toBe('readings[1].readOn');
    expect(fieldOf(() => consumption([base, { readOn: '2027-05-31', value: 900 }]))).toBe('readings[1].value');
    expect(fieldOf(() => consumption([{ readOn: '2027-04-30', value: -1 }]))).toBe('readings[0].value');
  });
});

describe('CO2 from electricity', () => {
  it('converts with a t-CO2/kWh factor', () => {
    // 1000 kWh × 0.000434 t/kWh = 0.434 t
    expect(co2Grams(1000, '0.000434')).toBe(434_000);
    expect(co2Kg(1000, '0.000434')).toBe(434);
    // 1234 × 434 g = 535 556 g = 535.556 kg → 536
    expect(co2Grams(1234, '0.000434')).toBe(535_556);
    expect(co2Kg(1234, '0.000434')).toBe(536);
  });

  it('rounds half up, once', () => {
    // 1 kWh × 434.5 g/kWh = 434.5 g → 435
    expect(co2Grams(1, '0.0004345')).toBe(435);
    // 1500 × 0.433 kg = 649.5 kg → 650; 1499 × 0.433 = 649.067 → 649
    expect(co2Kg(1500, '0.000433')).toBe(650);
    expect(co2Kg(1499, '0.000433')).toBe(649);
    expect(co2Grams(0, '0.000434')).toBe(0);
    expect(co2Grams(1000, '0')).toBe(0);
  });

  it('refuses factors in the wrong unit or form', () => {
    for (const factor of ['434', '0.434', '-0.0004', '4.34e-4', '', ' 0.000434']) {
      expect(fieldOf(() => co2Grams(1000, factor))).toBe('emissionFactor');
    }
    expect(fieldOf(() => co2Grams(1000, 0.000434 as never))).toBe('emissionFactor');
    expect(fieldOf(() => co2Kg(1.5, '0.000434'))).toBe('kwh');
  });
});
