import { DomainError, type IsoDate } from '@tamago/core';
import { YearFigures, YearVariance, nextReviewDate, planVariances } from './domain';
import { PartnersError } from './errors';

/**
 * The next monitoring date of a plan: the first planned monitoring date after the last review
 * (or on/after the start when nothing was reviewed yet); once the planned dates run out,
 * `intervalMonths` after the last review (domain nextReviewDate).
 */
export function planNextReview(
  startsOn: IsoDate,
  monitoringDates: IsoDate[],
  lastReviewOn: IsoDate | null,
  intervalMonths: number,
): IsoDate {
  const planned = [...monitoringDates].sort();
  const next = lastReviewOn === null ? planned.find((d) => d >= startsOn) : planned.find((d) => d > lastReviewOn);
  if (next) return next;
  return nextReviewDate(lastReviewOn ?? startsOn, intervalMonths);
}

/** The variance of one review's actuals against its fiscal year's targets; 400 when the year has no targets. */
export function reviewVariance(targets: YearFigures[], actual: YearFigures): YearVariance {
  const year = targets.find((t) => t.fiscalYear === actual.fiscalYear);
  if (!year)
    throw DomainError.invalid(
      PartnersError.NoTargetsForYear,
      'fiscalYear',
      `The plan has no targets for FY${actual.fiscalYear}.`,
      { fiscalYear: actual.fiscalYear },
    );
  return planVariances([year], [actual])[0];
}

/** Monitoring dates must fall on or after the plan start. */
export function checkMonitoringDates(startsOn: IsoDate, dates: IsoDate[]): IsoDate[] {
  dates.forEach((d, i) => {
    if (d < startsOn)
      throw DomainError.invalid(
        PartnersError.MonitoringBeforeStart,
        `monitoringDates[${i}]`,
        'Monitoring dates fall on or after startsOn.',
      );
  });
  return [...new Set(dates)].sort();
}
