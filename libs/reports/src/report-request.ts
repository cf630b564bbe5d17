import { DomainError, fiscalYearOf, type IsoDate } from '@tamago/core';
import { ReportsError } from './errors';

export const REPORT_TYPES = ['monthly-occupancy', 'revenue-arrears', 'support-activity', 'fiscal-year'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const REPORT_FORMATS = ['pdf', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What a report covers: a calendar month or a fiscal year. */
export type ReportScope = { kind: 'month'; period: string } | { kind: 'fiscalYear'; fiscalYear: number };

/** A validated report request; `key` names it (once per facility and key), usable in a BullMQ job id. */
export interface ReportRequest {
  type: ReportType;
  format: ReportFormat;
  period: string | null;
  fiscalYear: number | null;
  key: string;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Which scope each type takes: monthly reports a month, the funder report a fiscal year, support either.
const SCOPES: Record<ReportType, ('period' | 'fiscalYear')[]> = {
  'monthly-occupancy': ['period'],
  'revenue-arrears': ['period'],
  'support-activity': ['period', 'fiscalYear'],
  'fiscal-year': ['fiscalYear'],
};

/**
 * Validates a report request against today (in the facility's time zone): an unknown type or
 * format, a missing or unused scope, a malformed or future period or fiscal year is InvalidInput
 * naming the field. The current month and fiscal year are allowed (figures so far).
 */
export function parseReportRequest(
  input: { type?: unknown; period?: unknown; fiscalYear?: unknown; format?: unknown },
  today: IsoDate,
  fiscalYearStartMonth = 4,
): ReportRequest {
  const type = oneOf(input.type, REPORT_TYPES, 'type');
  const format = oneOf(input.format, REPORT_FORMATS, 'format');
  const allowed = SCOPES[type];
  const given = (['period', 'fiscalYear'] as const).filter((f) => input[f] !== undefined && input[f] !== null);
  for (const f of given)
    if (!allowed.includes(f))
      throw DomainError.invalid(ReportsError.FieldNotUsed, f, `${f} is not used by the ${type} report.`, {
        field: f,
        type,
      });
  if (given.length === 0)
    throw DomainError.invalid(
      ReportsError.FieldRequired,
      allowed[0],
      `${allowed.join(' or ')} is required for ${type}.`,
      { fields: allowed.join(' or '), type },
    );
  if (given.length > 1)
    throw DomainError.invalid(
      ReportsError.PeriodAndFiscalYear,
      'fiscalYear',
      'Give either period or fiscalYear, not both.',
    );
  if (given[0] === 'period') {
    const period = parsePeriod(input.period, today);
    return { type, format, period, fiscalYear: null, key: `${type}-${period}-${format}` };
  }
  const fiscalYear = parseFiscalYear(input.fiscalYear, today, fiscalYearStartMonth);
  return { type, format, period: null, fiscalYear, key: `${type}-FY${fiscalYear}-${format}` };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw DomainError.invalid(ReportsError.NotOneOf, field, `${field} must be one of ${allowed.join(', ')}.`, {
    field,
    list: allowed.join(', '),
  });
}

function parsePeriod(value: unknown, today: IsoDate): string {
  if (typeof value !== 'string' || !PERIOD.test(value))
    throw DomainError.invalid(ReportsError.PeriodInvalid, 'period', 'period must be a month like 2027-01.');
  if (value > today.slice(0, 7))
    throw DomainError.invalid(ReportsError.PeriodInFuture, 'period', `period ${value} is in the future.`, { value });
  if (value < '2000-01')
    throw DomainError.invalid(ReportsError.PeriodTooEarly, 'period', 'period must be 2000-01 or later.');
  return value;
}

function parseFiscalYear(value: unknown, today: IsoDate, startMonth: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2000 || value > 9998)
    throw DomainError.invalid(
      ReportsError.FiscalYearInvalid,
      'fiscalYear',
      'fiscalYear must be a year like 2026 (the fiscal year starting in 2026).',
    );
  if (value > fiscalYearOf(today, startMonth))
    throw DomainError.invalid(
      ReportsError.FiscalYearNotStarted,
      'fiscalYear',
      `fiscal year ${value} has not started yet.`,
      { value },
    );
  return value;
}
