import { DomainError } from '@tamago/core';
import { computeDeadlines, type SubsidyDeadlineInput } from './subsidy-deadlines';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details.errors?.[0].field;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const dueOf = (input: SubsidyDeadlineInput, key: string) => computeDeadlines(input).find((d) => d.key === key)?.dueOn;

describe('computeDeadlines', () => {
  const round: SubsidyDeadlineInput = {
    closesOn: '2027-05-30',
    prerequisiteCutoffs: [{ key: 'chamber_support_plan', dueOn: '2027-05-20' }],
    projectDeadline: '2027-12-31',
  };

  it('lists the application deadlines in date order', () => {
    expect(computeDeadlines(round)).toEqual([
      // 2027-05-30 − 14 days
      {
        key: 'gbizid_recommended_start',
        labelJa: 'gBizIDプライム取得の申請開始目安',
        labelEn: 'Start the gBizID Prime application (takes about two weeks)',
        dueOn: '2027-05-16',
      },
      {
        key: 'prerequisite.chamber_support_plan',
        labelJa: '事業支援計画書の依頼期限（商工会議所・商工会）',
        labelEn: 'Request the support plan from the chamber of commerce',
        dueOn: '2027-05-20',
      },
      { key: 'application_close', labelJa: '申請締切', labelEn: 'Application deadline', dueOn: '2027-05-30' },
      {
        key: 'project_deadline',
        labelJa: '補助事業完了期限',
        labelEn: 'Project completion deadline',
        dueOn: '2027-12-31',
      },
      // not completed yet: the project deadline is the latest the report can be due
      { key: 'performance_report', labelJa: '実績報告期限', labelEn: 'Performance report due', dueOn: '2027-12-31' },
    ]);
  });

  it('performance report: the project deadline when it comes first', () => {
    // 2027-12-10 + 30 days = 2028-01-09, later than 2027-12-31
    expect(dueOf({ ...round, completedOn: '2027-12-10' }, 'performance_report')).toBe('2027-12-31');
  });

  it('performance report: completion + 30 days when it comes first', () => {
    // 2027-10-31 + 30 days = 2027-11-30
    expect(dueOf({ ...round, completedOn: '2027-10-31' }, 'performance_report')).toBe('2027-11-30');
  });

  it('counts days across short months and leap years', () => {
    const early = { closesOn: '2026-06-30', projectDeadline: '2027-03-31' };
    // Jan 31 + 28 days = Feb 28, + 2 more = 2027-03-02
    expect(dueOf({ ...early, completedOn: '2027-01-31' }, 'performance_report')).toBe('2027-03-02');
    // leap year: Jan 31 + 29 days = Feb 29, + 1 more = 2028-03-01
    const leap = { closesOn: '2027-06-30', projectDeadline: '2028-03-31', completedOn: '2028-01-31' };
    expect(dueOf(leap, 'performance_report')).toBe('2028-03-01');
  });

  it('takes a programme-specific report window, and works without a project deadline', () => {
    // 2027-10-31 + 60 days = 2027-12-30 (30 days to Nov 30, 30 more to Dec 30)
    expect(
      dueOf({ closesOn: '2027-05-30', completedOn: '2027-10-31', reportWithinDays: 60 }, 'performance_report'),
    ).toBe('2027-12-30');
  });

  it('skips gBizID when not needed and honours a longer lead time', () => {
    expect(dueOf({ ...round, needsGBizId: false }, 'gbizid_recommended_start')).toBeUndefined();
    // 2027-05-30 − 21 days = 2027-05-09
    expect(dueOf({ ...round, gBizIdLeadDays: 21 }, 'gbizid_recommended_start')).toBe('2027-05-09');
  });

  it('accepts other prerequisites with their own labels', () => {
    const input = {
      ...round,
      prerequisiteCutoffs: [
        { key: 'bank_letter', dueOn: '2027-05-25', labelJa: '金融機関確認書', labelEn: 'Bank letter' },
      ],
    };
    expect(computeDeadlines(input).find((d) => d.key === 'prerequisite.bank_letter')).toEqual({
      key: 'prerequisite.bank_letter',
      labelJa: '金融機関確認書',
      labelEn: 'Bank letter',
      dueOn: '2027-05-25',
    });
  });
});

describe('commercialisation reports', () => {
  const done = { closesOn: '2027-01-31', projectDeadline: '2027-08-31', completedOn: '2027-07-20' };
  const reports = (input: SubsidyDeadlineInput) =>
    computeDeadlines(input)
      .filter((d) => d.key.startsWith('commercialisation_report_'))
      .map((d) => [d.key, d.labelEn, d.dueOn]);

  it('covers five fiscal years from the one of payment, each due 31 May after it ends', () => {
    expect(reports({ ...done, paidOn: '2027-09-10' })).toEqual([
      ['commercialisation_report_1', 'Commercialisation report 1 (FY2027)', '2028-05-31'],
      ['commercialisation_report_2', 'Commercialisation report 2 (FY2028)', '2029-05-31'],
      ['commercialisation_report_3', 'Commercialisation report 3 (FY2029)', '2030-05-31'],
      ['commercialisation_report_4', 'Commercialisation report 4 (FY2030)', '2031-05-31'],
      ['commercialisation_report_5', 'Commercialisation report 5 (FY2031)', '2032-05-31'],
    ]);
    expect(computeDeadlines({ ...done, paidOn: '2027-09-10' }).at(-1)?.labelJa).toBe(
      '事業化状況報告（第5回・2031年度分）',
    );
  });

  it('a payment on 31 March belongs to the fiscal year ending that day; 1 April starts the next', () => {
    expect(reports({ ...done, paidOn: '2028-03-31' })[0]).toEqual([
      'commercialisation_report_1',
      'Commercialisation report 1 (FY2027)',
      '2028-05-31',
    ]);
    expect(reports({ ...done, paidOn: '2028-04-01' })[0]).toEqual([
      'commercialisation_report_1',
      'Commercialisation report 1 (FY2028)',
      '2029-05-31',
    ]);
  });

  it('follows a calendar-year company, a 29 February due day and a count of 3', () => {
    const rule = { count: 3, dueMonthDay: '02-29', fiscalYearStartMonth: 1 };
    expect(reports({ ...done, paidOn: '2027-09-10', commercialisationReports: rule }).map((r) => r[2])).toEqual([
      '2028-02-29', // FY2027 = calendar 2027; 2028 is a leap year
      '2029-02-28',
      '2030-02-28',
    ]);
  });

  it('takes the first MM-DD strictly after the fiscal year end, and an explicit first year', () => {
    // FY2027 ends 2028-03-31; the first 03-31 after it is 2029-03-31
    expect(
      reports({ ...done, paidOn: '2027-09-10', commercialisationReports: { count: 1, dueMonthDay: '03-31' } }),
    ).toEqual([['commercialisation_report_1', 'Commercialisation report 1 (FY2027)', '2029-03-31']]);
    expect(
      reports({ ...done, paidOn: '2027-09-10', commercialisationReports: { count: 1, firstFiscalYear: 2028 } })[0][2],
    ).toBe('2029-05-31');
  });
});

describe('computeDeadlines validation', () => {
  const base = { closesOn: '2027-05-30', projectDeadline: '2027-12-31' };

  it.each([
    [{ ...base, closesOn: '2027-5-30' }, 'closesOn'],
    [{ ...base, projectDeadline: '2027-05-30' }, 'projectDeadline'],
    [{ ...base, completedOn: '2028-01-01' }, 'completedOn'],
    [
      { ...base, prerequisiteCutoffs: [{ key: 'chamber_support_plan', dueOn: '2027-05-31' }] },
      'prerequisiteCutoffs[0].dueOn',
    ],
    [{ ...base, prerequisiteCutoffs: [{ key: 'bank_letter', dueOn: '2027-05-01' }] }, 'prerequisiteCutoffs[0].labelJa'],
    [{ ...base, reportWithinDays: 0 }, 'reportWithinDays'],
    [{ ...base, completedOn: '2027-10-01', paidOn: '2027-09-30' }, 'paidOn'],
    [
      { ...base, paidOn: '2028-01-10', commercialisationReports: { dueMonthDay: '04-31' } },
      'commercialisationReports.dueMonthDay',
    ],
    [
      { ...base, paidOn: '2028-01-10', commercialisationReports: { dueMonthDay: '5-31' } },
      'commercialisationReports.dueMonthDay',
    ],
    [{ ...base, paidOn: '2028-01-10', commercialisationReports: { count: 11 } }, 'commercialisationReports.count'],
    [{ ...base, needsGBizId: 'yes' }, 'needsGBizId'],
  ])('refuses %j naming %s', (input, field) => {
    expect(fieldOf(() => computeDeadlines(input as SubsidyDeadlineInput))).toBe(field);
  });
});
