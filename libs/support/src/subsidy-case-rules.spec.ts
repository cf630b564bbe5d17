import type { SubsidyApplication } from './subsidy-application.entity';
import type { SubsidyProgram } from './subsidy-program.entity';
import type { SubsidyRound } from './subsidy-round.entity';
import {
  DEFAULT_EVIDENCE,
  DEFAULT_PREREQUISITES,
  applyChecklist,
  checkCaseAmounts,
  deadlinesOf,
  stepDetails,
  tenantMayTick,
} from './subsidy-case-rules';

const round = {
  closesOn: '2027-05-31',
  projectDeadline: '2028-02-29',
  prerequisiteCutoffs: [],
} as unknown as SubsidyRound;
const program = { reportWithinDays: 30, commercialisationReportCount: 5, maxAmount: 1_000_000 } as SubsidyProgram;
const app = (over: Partial<SubsidyApplication> = {}) =>
  ({
    prerequisites: [],
    evidence: [],
    milestones: {},
    projectDeadline: null,
    ...over,
  }) as unknown as SubsidyApplication;
const due = (a: SubsidyApplication, key: string) => deadlinesOf(a, round, program).find((d) => d.key === key)?.dueOn;

describe('subsidy case rules', () => {
  it('takes the earlier of completion + 30 days and the project deadline, across month ends', () => {
    expect(due(app({ milestones: { completedOn: '2028-01-31' } }), 'performance_report')).toBe('2028-02-29');
    expect(due(app({ milestones: { completedOn: '2028-01-29' } }), 'performance_report')).toBe('2028-02-28');
    expect(due(app({ milestones: { completedOn: '2027-11-30' } }), 'performance_report')).toBe('2027-12-30');
    expect(
      due(app({ projectDeadline: '2027-12-31', milestones: { completedOn: '2027-12-31' } }), 'performance_report'),
    ).toBe('2027-12-31');
  });

  it('drops the gBizID lead time once the account is held', () => {
    expect(due(app(), 'gbizid_recommended_start')).toBe('2027-05-17');
    const held = applyChecklist(
      [...DEFAULT_PREREQUISITES],
      [{ key: 'gbizid', done: true, doneOn: '2027-04-01' }],
      'prerequisites',
    );
    expect(due(app({ prerequisites: held }), 'gbizid_recommended_start')).toBeUndefined();
  });

  it('names API fields in amount errors', () => {
    expect(() => checkCaseAmounts(app({ requestedAmount: 1_000_001 }), 1_000_000)).toThrow(
      expect.objectContaining({ details: { errors: [expect.objectContaining({ field: 'requestedAmount' })] } }),
    );
    expect(() => checkCaseAmounts(app({ decidedAmount: 500, fixedAmount: 501 }), 1_000_000)).toThrow(
      expect.objectContaining({ details: { errors: [expect.objectContaining({ field: 'fixedAmount' })] } }),
    );
  });

  it("fills a step's main date from `date`", () => {
    expect(
      stepDetails('reported', { to: 'reported', completedOn: '2028-01-10', date: '2028-01-20' }).details.reportedOn,
    ).toBe('2028-01-20');
    expect(stepDetails('grant_decided', { to: 'grant_decided', date: '2027-08-01' }).occurredOnKey).toBe(
      'grantDecidedOn',
    );
  });

  it('needs a label for a new checklist item, naming its index', () => {
    expect(() => applyChecklist([], [{ key: 'extra', done: true }], 'evidence')).toThrow(
      expect.objectContaining({ details: { errors: [expect.objectContaining({ field: 'evidence[0].label' })] } }),
    );
  });
});

describe('tenantMayTick', () => {
  it('lets the tenant tick what the company obtains or collects, and keeps the rest with staff', () => {
    expect(DEFAULT_PREREQUISITES.filter((i) => tenantMayTick('prerequisites', i.key)).map((i) => i.key)).toEqual([
      'gbizid',
      'chamber_support_plan',
    ]);
    expect(DEFAULT_EVIDENCE.every((i) => tenantMayTick('evidence', i.key))).toBe(true);
    expect(tenantMayTick('prerequisites', 'advisor_confirmation')).toBe(false);
    // An item staff add to a case, and a key of the other list, stay with staff.
    expect(tenantMayTick('evidence', 'bank_statement')).toBe(false);
    expect(tenantMayTick('evidence', 'gbizid')).toBe(false);
  });
});
