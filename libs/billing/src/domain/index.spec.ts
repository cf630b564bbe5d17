import * as domain from './index';

describe('billing domain barrel', () => {
  it('exports the public functions', () => {
    const names = [
      'parsePeriod',
      'previousPeriod',
      'nextPeriod',
      'periodStart',
      'periodEnd',
      'daysInPeriod',
      'periodOf',
      'fiscalYearOfPeriod',
      'periodsOfFiscalYear',
      'summarizeTax',
      'invoiceTotals',
      'taxOn',
      'prorate',
      'chargeablePeriod',
      'isBankBusinessDay',
      'adjustToBusinessDay',
      'addBankBusinessDays',
      'dueDateFor',
      'requireYen',
      'sumYen',
    ];
    for (const name of names) expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });
});
