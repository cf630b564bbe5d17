import * as domain from './index';

describe('payments domain barrel', () => {
  it('exports the bank-file, allocation, matching and aging functions (moved from billing)', () => {
    const names = [
      'buildDirectDebitFile',
      'parseDirectDebitResult',
      'parseDepositDetail',
      'parseStatementCsv',
      'readCsv',
      'allocatePayment',
      'sortOldestFirst',
      'matchCredit',
      'agingBucket',
      'agingReport',
      'daysPastDue',
      'dunningLevel',
    ];
    for (const name of names) expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });
});
