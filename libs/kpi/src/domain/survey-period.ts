import { DomainError, addDays, addMonths, fiscalYearRange, parseIsoDate, type IsoDate } from '@tamago/core';
import { KpiError } from '../errors';

/** A survey period: its label and the days it reports on. */
export interface SurveyPeriod {
  label: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const FISCAL_YEAR = /^FY(\d{4})$/;
const FISCAL_QUARTER = /^FY(\d{4})-Q([1-4])$/;

/**
 * Parses a survey period label. Quarters and halves are calendar ones ('2026-Q3' = July to
 * September, '2026-H1' = January to June); 'FY2026' is the facility's fiscal year starting in
 * `fiscalYearStartMonth` (April by default: April 2026 to March 2027) and 'FY2026-Q1' its first
 * fiscal quarter (April to June). Anything else is InvalidInput on `field`.
 */
export function parseSurveyPeriod(label: unknown, field = 'period', fiscalYearStartMonth = 4): SurveyPeriod {
  const text = typeof label === 'string' ? label.trim() : '';
  const span = (year: string, firstMonth: number, months: number): SurveyPeriod => {
    const startDate = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
    return { label: text, startDate, endDate: addDays(addMonths(startDate, months), -1) };
  };
  const q = QUARTER.exec(text);
  if (q) return span(q[1], (Number(q[2]) - 1) * 3 + 1, 3);
  const h = HALF.exec(text);
  if (h) return span(h[1], (Number(h[2]) - 1) * 6 + 1, 6);
  const fy = FISCAL_YEAR.exec(text);
  if (fy) {
    const range = fiscalYearRange(Number(fy[1]), fiscalYearStartMonth);
    return { label: text, startDate: range.start, endDate: range.end };
  }
  const fq = FISCAL_QUARTER.exec(text);
  if (fq) {
    const startDate = addMonths(fiscalYearRange(Number(fq[1]), fiscalYearStartMonth).start, (Number(fq[2]) - 1) * 3);
    return { label: text, startDate, endDate: addDays(addMonths(startDate, 3), -1) };
  }
  throw DomainError.invalid(
    KpiError.PeriodInvalid,
    field,
    `${field} must be a quarter like 2026-Q3, a half like 2026-H1, a fiscal year like FY2026 or a fiscal quarter like FY2026-Q1.`,
    { field },
  );
}

/** The submission window: by default from today until 30 days after the period ends (at least 30 days). */
export function surveyWindow(
  period: SurveyPeriod,
  today: IsoDate,
  given: { opensOn?: string; closesOn?: string } = {},
): { opensOn: IsoDate; closesOn: IsoDate } {
  const opensOn = given.opensOn ? parseIsoDate(given.opensOn, 'opensOn') : today;
  const fallback =
    addDays(period.endDate, 30) > addDays(opensOn, 30) ? addDays(period.endDate, 30) : addDays(opensOn, 30);
  const closesOn = given.closesOn ? parseIsoDate(given.closesOn, 'closesOn') : fallback;
  if (closesOn < opensOn)
    throw DomainError.invalid(KpiError.ClosesBeforeOpens, 'closesOn', 'closesOn must not be before opensOn.');
  return { opensOn, closesOn };
}

/** Whether submissions are open on `today` (both ends included). */
export function isSurveyOpen(window: { opensOn: IsoDate; closesOn: IsoDate }, today: IsoDate): boolean {
  return window.opensOn <= today && today <= window.closesOn;
}
