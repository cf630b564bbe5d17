import { leaseLines, meteredAmount, priceInHundredths, priceText } from './draft-lines';

const lease = {
  id: '00000000-0000-0000-0000-000000000001',
  startDate: '2027-04-16',
  endDate: '2030-04-15',
  terminatedOn: null,
  monthlyRent: 100_000,
  commonAreaFee: 10_000,
  rentSchedule: null,
};

describe('leaseLines', () => {
  it('prorates a first month starting mid-month (16–30 April = 15 of 30 days)', () => {
    const lines = leaseLines(lease, '2027-04');
    expect(lines.map((l) => [l.sourceType, l.amount, l.serviceFrom, l.serviceTo])).toEqual([
      ['rent', 50_000, '2027-04-16', '2027-04-30'],
      ['common_area_fee', 5_000, '2027-04-16', '2027-04-30'],
    ]);
    expect(lines[0].description).toBe('賃料 2027年4月分（日割り 15/30日）');
  });

  it('names the room on each line, so two rooms never read the same', () => {
    const terms = { ...lease, startDate: '2026-04-01', endDate: '2029-03-31' };
    expect(leaseLines(terms, '2027-01', 'A-101')[0].description).toBe('賃料 A-101 2027年1月分');
    expect(leaseLines(terms, '2027-01', 'B-202')[0].description).toBe('賃料 B-202 2027年1月分');
  });

  it('bills a full month exactly and a last day of a 31-day month as 1/31 (floor)', () => {
    expect(leaseLines(lease, '2027-05').map((l) => l.amount)).toEqual([100_000, 10_000]);
    const ending = { ...lease, startDate: '2026-01-01', endDate: '2027-05-01' };
    expect(leaseLines(ending, '2027-05').map((l) => l.amount)).toEqual([3_225, 322]);
    expect(leaseLines(ending, '2027-06')).toEqual([]);
  });

  it('uses 29 days in a leap February and stops at a termination date', () => {
    const leap = { ...lease, startDate: '2028-02-15', endDate: '2031-02-14' };
    expect(leaseLines(leap, '2028-02')[0].amount).toBe(51_724); // floor(100000 × 15 / 29)
    const terminated = { ...lease, startDate: '2026-01-01', terminatedOn: '2027-06-10' };
    expect(leaseLines(terminated, '2027-06')[0].amount).toBe(33_333); // 10/30
  });

  it('applies the rent step of the contract year', () => {
    const stepped = {
      ...lease,
      startDate: '2026-04-01',
      rentSchedule: [
        { fromYear: 1, monthlyRent: 80_000 },
        { fromYear: 2, monthlyRent: 90_000 },
      ],
    };
    expect(leaseLines(stepped, '2027-03')[0].amount).toBe(80_000);
    expect(leaseLines(stepped, '2027-04')[0].amount).toBe(90_000);
  });
});

describe('meteredAmount with fractions of a yen', () => {
  it('prices exactly in hundredths and rounds once per line (floor)', () => {
    // 123.45 kWh × ¥31.52 = 3,891.144 → ¥3,891
    expect(meteredAmount('123.45', '31.52')).toBe(3_891);
    // 100 kWh × ¥31.52 = ¥3,152 exactly; 0.5 m³ × ¥0.01 = ¥0.005 → ¥0
    expect(meteredAmount('100', '31.52')).toBe(3_152);
    expect(meteredAmount('0.5', '0.01')).toBe(0);
    // never a float: 3 × ¥0.1 is ¥0.3 → ¥0, 10 × ¥0.1 = ¥1 (not 0.9999…)
    expect(meteredAmount('10', '0.1')).toBe(1);
    // numbers with decimals are read exactly as written
    expect(meteredAmount('123.45', 31.52)).toBe(3_891);
  });

  it('stores and prints the price exactly', () => {
    expect(priceInHundredths('31.52')).toBe(3152n);
    expect(priceText('31.50')).toBe('31.5');
    expect(priceText(31)).toBe('31');
    expect(priceText('0.05')).toBe('0.05');
  });

  it('refuses more than 2 decimals, negatives and text', () => {
    for (const bad of ['31.525', '-1', 'abc', '', '1e3', -5]) {
      expect(() => meteredAmount('1', bad)).toThrow(/up to 2 decimal places/);
    }
  });
});

describe('meteredAmount', () => {
  it('floors decimal quantities in integer arithmetic', () => {
    expect(meteredAmount('123.45', 31)).toBe(3_826);
    expect(meteredAmount('0.001', 999)).toBe(0);
    expect(meteredAmount('100', 27)).toBe(2_700);
    expect(() => meteredAmount('1e3', 27)).toThrow(/decimal/);
  });
});
