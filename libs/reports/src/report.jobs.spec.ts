import type { FacilityScheduleContext } from '@tamago/jobs';
import { FiscalYearReportSchedule } from './fiscal-year-report.schedule';
import { MonthlyReportSchedule } from './monthly-report.schedule';

const ctx = (options: Record<string, unknown> = {}): FacilityScheduleContext => ({
  facilityId: 'f',
  timeZone: 'Asia/Tokyo',
  localTime: '07:00',
  dayOfMonth: null,
  options,
});

describe('report schedule kinds', () => {
  it('fire monthly on the first business day and yearly on the first business day of April', () => {
    const monthly = new MonthlyReportSchedule();
    const yearly = new FiscalYearReportSchedule();
    expect(monthly.firesOn('2026-11-02')).toBe(true);
    expect(monthly.firesOn('2026-11-03')).toBe(false); // 文化の日, and not the first anyway
    expect(yearly.firesOn('2026-11-02', ctx())).toBe(false);
    // 2028-04-01 is a Saturday: the fiscal-year report waits for Monday the 3rd.
    expect(yearly.firesOn('2028-04-01', ctx())).toBe(false);
    expect(yearly.firesOn('2028-04-03', ctx())).toBe(true);
  });

  it("fires the fiscal-year report in the month the facility's fiscal year starts", () => {
    const yearly = new FiscalYearReportSchedule();
    // A calendar fiscal year closes on 31 December: the report on the first business day of January.
    expect(yearly.firesOn('2028-04-03', ctx({ fiscalYearStartMonth: 1 }))).toBe(false);
    expect(yearly.firesOn('2028-01-04', ctx({ fiscalYearStartMonth: 1 }))).toBe(true);
    expect(yearly.firesOn('2027-10-01', ctx({ fiscalYearStartMonth: 10 }))).toBe(true);
  });
});
