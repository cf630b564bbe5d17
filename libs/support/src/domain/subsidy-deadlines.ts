import { LocalDate } from '@js-joda/core';
import {
  addDays,
  DomainError,
  fiscalYearOf,
  fiscalYearRange,
  minDate,
  parseIsoDate,
  requireArray,
  requireBoolean,
  requireInteger,
  requireText,
  type IsoDate,
} from '@tamago/core';
import { SupportError } from '../errors';

/** A prerequisite with its own cut-off before the application closes (e.g. the chamber's support plan). */
export interface PrerequisiteCutoff {
  key: string;
  dueOn: IsoDate;
  labelJa?: string;
  labelEn?: string;
}

/** When yearly commercialisation reports (事業化状況報告) fall due after payment. */
export interface CommercialisationReportRule {
  /** Number of yearly reports; 5 by default. */
  count?: number;
  /** Month and day ('MM-DD') each report is due after its fiscal year ends; '05-31' by default. */
  dueMonthDay?: string;
  /** First month of the fiscal year reported on (the programme's or the company's); April by default. */
  fiscalYearStartMonth?: number;
  /** Fiscal year the first report covers; by default the one in which the subsidy was paid. */
  firstFiscalYear?: number;
}

/** What is known about a case; later fields may be absent until the case gets there. */
export interface SubsidyDeadlineInput {
  closesOn: IsoDate;
  /** gBizID Prime is needed to apply online and takes about two weeks; false when held or not used. */
  needsGBizId?: boolean;
  gBizIdLeadDays?: number;
  prerequisiteCutoffs?: PrerequisiteCutoff[];
  projectDeadline?: IsoDate | null;
  completedOn?: IsoDate | null;
  /** Days after completion within which the performance report is due; 30 by default. */
  reportWithinDays?: number;
  paidOn?: IsoDate | null;
  commercialisationReports?: CommercialisationReportRule;
}

/** One computed deadline. */
export interface SubsidyDeadline {
  key: string;
  labelJa: string;
  labelEn: string;
  dueOn: IsoDate;
}

const KNOWN_PREREQUISITES: Readonly<Record<string, [ja: string, en: string]>> = {
  chamber_support_plan: [
    '事業支援計画書の依頼期限（商工会議所・商工会）',
    'Request the support plan from the chamber of commerce',
  ],
};
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** All deadlines of a case that can be computed from what is known, sorted by due date. */
export function computeDeadlines(input: SubsidyDeadlineInput): SubsidyDeadline[] {
  if (input === null || typeof input !== 'object')
    throw DomainError.invalid(SupportError.InputRequired, 'input', 'input is required.');
  const closesOn = parseIsoDate(input.closesOn, 'closesOn');
  const deadlines: SubsidyDeadline[] = [
    ...applicationDeadlines(input, closesOn),
    ...projectDeadlines(input, closesOn),
    ...commercialisationReports(input),
  ];
  // Array.prototype.sort is stable: equal dates keep the lifecycle order above.
  return deadlines.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

function applicationDeadlines(input: SubsidyDeadlineInput, closesOn: IsoDate): SubsidyDeadline[] {
  const list: SubsidyDeadline[] = [];
  if (requireBoolean(input.needsGBizId ?? true, 'needsGBizId')) {
    const lead = requireInteger(input.gBizIdLeadDays ?? 14, 'gBizIdLeadDays', 0, 365);
    list.push({
      key: 'gbizid_recommended_start',
      labelJa: 'gBizIDプライム取得の申請開始目安',
      labelEn: 'Start the gBizID Prime application (takes about two weeks)',
      dueOn: addDays(closesOn, -lead),
    });
  }
  requireArray<PrerequisiteCutoff>(input.prerequisiteCutoffs ?? [], 'prerequisiteCutoffs').forEach((item, i) => {
    const field = `prerequisiteCutoffs[${i}]`;
    const key = requireText(item?.key, `${field}.key`, 100);
    const dueOn = parseIsoDate(item.dueOn, `${field}.dueOn`);
    if (dueOn > closesOn)
      throw DomainError.invalid(
        SupportError.PrerequisiteAfterClose,
        `${field}.dueOn`,
        'A prerequisite cannot be due after the application closes.',
      );
    const known = KNOWN_PREREQUISITES[key];
    const labelJa = known && item.labelJa == null ? known[0] : requireText(item.labelJa, `${field}.labelJa`, 200);
    const labelEn = known && item.labelEn == null ? known[1] : requireText(item.labelEn, `${field}.labelEn`, 200);
    list.push({ key: `prerequisite.${key}`, labelJa, labelEn, dueOn });
  });
  list.push({ key: 'application_close', labelJa: '申請締切', labelEn: 'Application deadline', dueOn: closesOn });
  return list;
}

/**
 * The project deadline, and the performance report: due on the EARLIER of completion + N days
 * and the project deadline. Until completion is known, the project deadline is the latest it can be.
 */
function projectDeadlines(input: SubsidyDeadlineInput, closesOn: IsoDate): SubsidyDeadline[] {
  const deadline = input.projectDeadline == null ? null : parseIsoDate(input.projectDeadline, 'projectDeadline');
  const completed = input.completedOn == null ? null : parseIsoDate(input.completedOn, 'completedOn');
  const days = requireInteger(input.reportWithinDays ?? 30, 'reportWithinDays', 1, 365);
  if (deadline !== null && deadline <= closesOn) {
    throw DomainError.invalid(
      SupportError.ProjectDeadlineBeforeClose,
      'projectDeadline',
      'The project deadline must be after the application closes.',
    );
  }
  if (deadline !== null && completed !== null && completed > deadline) {
    throw DomainError.invalid(
      SupportError.ProjectLate,
      'completedOn',
      `The project had to be completed by ${deadline}.`,
      { deadline },
    );
  }
  const list: SubsidyDeadline[] = [];
  if (deadline !== null) {
    list.push({
      key: 'project_deadline',
      labelJa: '補助事業完了期限',
      labelEn: 'Project completion deadline',
      dueOn: deadline,
    });
  }
  const candidates = [completed === null ? null : addDays(completed, days), deadline].filter((d) => d !== null);
  if (candidates.length > 0) {
    list.push({
      key: 'performance_report',
      labelJa: '実績報告期限',
      labelEn: 'Performance report due',
      dueOn: minDate(...candidates),
    });
  }
  return list;
}

/**
 * Yearly commercialisation reports after payment. Report k covers fiscal year first + k − 1 and
 * is due on the first `dueMonthDay` after that fiscal year ends (29 February falls back to the
 * 28th in common years). With payment on 2027-09-10 and the defaults: FY2027..FY2031, due
 * 2028-05-31 .. 2032-05-31.
 */
function commercialisationReports(input: SubsidyDeadlineInput): SubsidyDeadline[] {
  if (input.paidOn == null) return [];
  const paidOn = parseIsoDate(input.paidOn, 'paidOn');
  if (input.completedOn != null && paidOn < input.completedOn) {
    throw DomainError.invalid(
      SupportError.PaymentBeforeCompletion,
      'paidOn',
      'Payment cannot come before the project was completed.',
    );
  }
  const rule = input.commercialisationReports ?? {};
  const count = requireInteger(rule.count ?? 5, 'commercialisationReports.count', 0, 10);
  const startMonth = requireInteger(
    rule.fiscalYearStartMonth ?? 4,
    'commercialisationReports.fiscalYearStartMonth',
    1,
    12,
  );
  const monthDay = rule.dueMonthDay ?? '05-31';
  const match = typeof monthDay === 'string' ? MONTH_DAY.exec(monthDay) : null;
  // Checked against a leap year: 02-29 is accepted (and falls on the 28th in common years), 04-31 is not.
  if (!match || Number(match[2]) > LocalDate.of(2000, Number(match[1]), 1).lengthOfMonth()) {
    throw DomainError.invalid(
      SupportError.DueMonthDayInvalid,
      'commercialisationReports.dueMonthDay',
      'dueMonthDay must be a day of the year written MM-DD.',
    );
  }
  const first =
    rule.firstFiscalYear == null
      ? fiscalYearOf(paidOn, startMonth)
      : requireInteger(rule.firstFiscalYear, 'commercialisationReports.firstFiscalYear', 1000, 9990);
  return Array.from({ length: count }, (_, i) => {
    const fy = first + i;
    return {
      key: `commercialisation_report_${i + 1}`,
      labelJa: `事業化状況報告（第${i + 1}回・${fy}年度分）`,
      labelEn: `Commercialisation report ${i + 1} (FY${fy})`,
      dueOn: firstMonthDayAfter(fiscalYearRange(fy, startMonth).end, Number(match[1]), Number(match[2])),
    };
  });
}

function firstMonthDayAfter(after: IsoDate, month: number, day: number): IsoDate {
  const end = LocalDate.parse(after);
  const on = (year: number) => {
    const first = LocalDate.of(year, month, 1);
    return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
  };
  const candidate = on(end.year());
  return (candidate.isAfter(end) ? candidate : on(end.year() + 1)).toString();
}
