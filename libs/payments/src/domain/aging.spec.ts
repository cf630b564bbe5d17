import { agingBucket, agingReport, daysPastDue, dunningLevel } from './aging';
import { invalidField } from './test-helpers';

describe('daysPastDue', () => {
  it('counts calendar days from the due date', () => {
    expect(daysPastDue('2027-04-30', '2027-04-30')).toBe(0);
    expect(daysPastDue('2027-04-30', '2027-05-01')).toBe(1);
    expect(daysPastDue('2027-04-30', '2027-04-01')).toBe(-29);
    expect(daysPastDue('2028-02-28', '2028-03-01')).toBe(2); // across the leap day
  });
});

describe('agingBucket', () => {
  it.each([
    ['2027-04-01', 'current'], // 29 days before due
    ['2027-04-30', 'current'], // on the due date
    ['2027-05-01', 'd1_30'], // 1 day late
    ['2027-05-30', 'd1_30'], // 30
    ['2027-05-31', 'd31_60'], // 31
    ['2027-06-29', 'd31_60'], // 60
    ['2027-06-30', 'd61_90'], // 61
    ['2027-07-29', 'd61_90'], // 90
    ['2027-07-30', 'over_90'], // 91
    ['2028-04-30', 'over_90'],
  ])('due 2027-04-30, as of %s → %s', (asOf, bucket) => {
    expect(agingBucket('2027-04-30', asOf)).toBe(bucket);
  });

  it('rejects bad dates naming the field', () => {
    expect(invalidField(() => agingBucket('2027-04-31', '2027-05-01'))).toBe('dueDate');
    expect(invalidField(() => agingBucket('2027-04-30', '20270501'))).toBe('asOf');
  });
});

describe('agingReport', () => {
  it('totals open amounts per bucket, every bucket present', () => {
    const asOf = '2027-07-31';
    const report = agingReport(
      [
        { dueDate: '2027-07-31', openAmount: 55000 }, // 0 days → current
        { dueDate: '2027-08-31', openAmount: 55000 }, // not due → current
        { dueDate: '2027-06-30', openAmount: 55000 }, // 31 → d31_60
        { dueDate: '2027-07-30', openAmount: 8800 }, // 1 → d1_30
        { dueDate: '2027-04-30', openAmount: 12345 }, // 92 → over_90
        { dueDate: '2027-05-31', openAmount: 0 }, // 61 → d61_90, nothing open
      ],
      asOf,
    );
    // current 55,000 + 55,000 = 110,000; total 110,000 + 8,800 + 55,000 + 0 + 12,345 = 186,145
    expect(report).toEqual({ current: 110000, d1_30: 8800, d31_60: 55000, d61_90: 0, over_90: 12345, total: 186145 });
  });

  it('is all zeros for no invoices', () => {
    expect(agingReport([], '2027-07-31')).toEqual({ current: 0, d1_30: 0, d31_60: 0, d61_90: 0, over_90: 0, total: 0 });
  });

  it('validates amounts and dates naming the invoice', () => {
    expect(invalidField(() => agingReport([{ dueDate: '2027-07-31', openAmount: -1 }], '2027-07-31'))).toBe(
      'invoices[0].openAmount',
    );
    expect(invalidField(() => agingReport([{ dueDate: '2027-07-31', openAmount: 1.5 }], '2027-07-31'))).toBe(
      'invoices[0].openAmount',
    );
    expect(invalidField(() => agingReport([{ dueDate: '2027-02-29', openAmount: 1 }], '2027-07-31'))).toBe(
      'invoices[0].dueDate',
    );
    expect(invalidField(() => agingReport([], '2027-7-31'))).toBe('asOf');
  });
});

describe('dunningLevel', () => {
  it.each([
    [-3, 0],
    [0, 0],
    [6, 0],
    [7, 1],
    [20, 1],
    [21, 2],
    [44, 2],
    [45, 3],
    [400, 3],
  ])('%i days past due → level %i', (days, level) => {
    expect(dunningLevel(days)).toBe(level);
  });

  it('uses custom thresholds', () => {
    expect(dunningLevel(10, [10, 30, 60])).toBe(1);
    expect(dunningLevel(9, [10, 30, 60])).toBe(0);
    expect(dunningLevel(60, [10, 30, 60])).toBe(3);
  });

  it('validates its inputs', () => {
    expect(invalidField(() => dunningLevel(1.5))).toBe('daysPastDue');
    expect(invalidField(() => dunningLevel(1, [21, 7, 45]))).toBe('thresholds');
    expect(invalidField(() => dunningLevel(1, [0, 7, 45]))).toBe('thresholds');
    expect(invalidField(() => dunningLevel(1, [7, 7, 45]))).toBe('thresholds');
    expect(invalidField(() => dunningLevel(1, [7, 21] as never))).toBe('thresholds');
  });
});
