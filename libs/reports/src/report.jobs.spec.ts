import { FiscalYearReportSchedule, MonthlyReportSchedule } from './report.jobs';

describe('report schedule kinds', () => {
  it('fire monthly on the first business day and yearly on the first business day of April', () => {
    const monthly = new MonthlyReportSchedule();
    const yearly = new FiscalYearReportSchedule();
    expect(monthly.firesOn('2026-11-02')).toBe(true);
    expect(monthly.firesOn('2026-11-03')).toBe(false); // 文化の日, and not the first anyway
    expect(yearly.firesOn('2026-11-02')).toBe(false);
    // 2028-04-01 is a Saturday: the fiscal-year report waits for Monday the 3rd.
    expect(yearly.firesOn('2028-04-01')).toBe(false);
    expect(yearly.firesOn('2028-04-03')).toBe(true);
  });
});
