import { addDays, endOfMonthsPeriod, parseIsoDate, requireInteger, type IsoDate } from '@tamago/core';

/** Funders follow graduates for five years after they leave. */
export const ALUMNI_FOLLOW_UP_YEARS = 5;

/**
 * Last day of an alumnus's follow-up. The period starts the day after graduation (Civil Code
 * art. 140: the first day is not counted) and runs whole years (art. 143), so it ends on the
 * anniversary: graduated 2027-03-31 → followed up until 2032-03-31.
 */
export function followUpEndsOn(graduatedOn: IsoDate, years: number = ALUMNI_FOLLOW_UP_YEARS): IsoDate {
  const graduated = parseIsoDate(graduatedOn, 'graduatedOn');
  const count = requireInteger(years, 'years', 1, 50);
  return endOfMonthsPeriod(addDays(graduated, 1), count * 12);
}

/** True from the graduation day until the end of the follow-up period, both included. */
export function isAlumnusInFollowUp(
  graduatedOn: IsoDate,
  asOf: IsoDate,
  years: number = ALUMNI_FOLLOW_UP_YEARS,
): boolean {
  const day = parseIsoDate(asOf, 'asOf');
  const graduated = parseIsoDate(graduatedOn, 'graduatedOn');
  // Validated zero-padded ISO dates order the same way as strings.
  return day >= graduated && day <= followUpEndsOn(graduated, years);
}
