import { DomainError, ErrorCode } from '@tamago/core';
import { checkAmounts } from './subsidy-amounts';
import {
  allowedSubsidyTransitions,
  assertSubsidyTransition,
  isSpendingAllowed,
  isTerminalSubsidyStage,
  SUBSIDY_STAGES,
  type SubsidyStage,
} from './subsidy-stage';
import { assertSubsidyStepDetails, requiredSubsidyDetails } from './subsidy-step-details';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
const fieldOf = (fn: () => unknown) => caught(fn).details.errors?.[0].field;

const MAIN_LINE: SubsidyStage[] = [
  'planning',
  'applied',
  'adopted',
  'grant_applied',
  'grant_decided',
  'in_progress',
  'reported',
  'amount_fixed',
  'claimed',
  'paid',
];
const WITHDRAWABLE = MAIN_LINE.slice(0, -1);
const CANCELLABLE: SubsidyStage[] = MAIN_LINE.slice(2, -1);
const LEGAL: [SubsidyStage, SubsidyStage][] = [
  ...MAIN_LINE.slice(1).map((to, i): [SubsidyStage, SubsidyStage] => [MAIN_LINE[i], to]),
  ['applied', 'not_adopted'],
  ...WITHDRAWABLE.map((from): [SubsidyStage, SubsidyStage] => [from, 'withdrawn']),
  ...CANCELLABLE.map((from): [SubsidyStage, SubsidyStage] => [from, 'cancelled']),
];

describe('subsidy stages', () => {
  it('has 9 main steps, not_adopted, 9 withdrawals and 7 cancellations', () => {
    expect(LEGAL).toHaveLength(26);
    expect(CANCELLABLE).toEqual([
      'adopted',
      'grant_applied',
      'grant_decided',
      'in_progress',
      'reported',
      'amount_fixed',
      'claimed',
    ]);
  });

  it.each(LEGAL)('%s → %s is allowed', (from, to) => {
    expect(() => assertSubsidyTransition(from, to)).not.toThrow();
  });

  it('refuses every other pair', () => {
    for (const from of SUBSIDY_STAGES) {
      for (const to of SUBSIDY_STAGES) {
        if (LEGAL.some(([f, t]) => f === from && t === to)) continue;
        const error = caught(() => assertSubsidyTransition(from, to));
        expect(error.code).toBe(ErrorCode.Conflict);
        expect(error.details.extra).toEqual({ from, to, allowed: [...allowedSubsidyTransitions(from)] });
      }
    }
  });

  it('explains skipping the grant decision and cancelling before adoption', () => {
    expect(caught(() => assertSubsidyTransition('adopted', 'in_progress')).message).toBe(
      "A subsidy case cannot go from 'adopted' to 'in_progress'. Allowed next: grant_applied, withdrawn, cancelled.",
    );
    expect(caught(() => assertSubsidyTransition('applied', 'cancelled')).code).toBe(ErrorCode.Conflict);
    expect(caught(() => assertSubsidyTransition('paid', 'withdrawn')).message).toContain("'paid' is final");
  });

  it.each(['paid', 'not_adopted', 'withdrawn', 'cancelled'] as SubsidyStage[])('%s is terminal', (stage) => {
    expect(isTerminalSubsidyStage(stage)).toBe(true);
  });

  it('allows spending only between the grant decision and the report', () => {
    expect(SUBSIDY_STAGES.filter(isSpendingAllowed)).toEqual(['grant_decided', 'in_progress']);
  });

  it('refuses an unknown stage naming the field', () => {
    expect(fieldOf(() => assertSubsidyTransition('planning', 'submitted' as SubsidyStage))).toBe('stage');
  });
});

describe('subsidy step details', () => {
  it('requires the date of each step', () => {
    for (const stage of SUBSIDY_STAGES.filter((s) => s !== 'planning')) {
      expect(requiredSubsidyDetails(stage).some((key) => key.endsWith('On'))).toBe(true);
    }
    expect(requiredSubsidyDetails('grant_decided')).toEqual(['grantDecidedOn', 'decidedAmount']);
    expect(requiredSubsidyDetails('reported')).toEqual(['completedOn', 'reportedOn']);
  });

  it('accepts a grant decision after the previous step and keeps only its fields', () => {
    expect(
      assertSubsidyStepDetails(
        'grant_decided',
        { grantDecidedOn: '2027-06-01', decidedAmount: 5_000_000, paidOn: '2027-01-01' },
        '2027-05-20',
      ),
    ).toEqual({ grantDecidedOn: '2027-06-01', decidedAmount: 5_000_000 });
  });

  it('refuses a step dated before the previous one', () => {
    expect(
      fieldOf(() =>
        assertSubsidyStepDetails('grant_decided', { grantDecidedOn: '2027-06-01', decidedAmount: 1 }, '2027-06-02'),
      ),
    ).toBe('grantDecidedOn');
  });

  it('refuses a report dated before completion', () => {
    expect(assertSubsidyStepDetails('reported', { completedOn: '2027-12-20', reportedOn: '2027-12-25' })).toEqual({
      completedOn: '2027-12-20',
      reportedOn: '2027-12-25',
    });
    expect(
      fieldOf(() => assertSubsidyStepDetails('reported', { completedOn: '2027-12-26', reportedOn: '2027-12-25' })),
    ).toBe('reportedOn');
  });

  it('validates amounts, reasons and dates', () => {
    expect(fieldOf(() => assertSubsidyStepDetails('paid', { paidOn: '2028-02-01', paidAmount: 1.5 }))).toBe(
      'paidAmount',
    );
    expect(fieldOf(() => assertSubsidyStepDetails('withdrawn', { withdrawnOn: '2027-02-01' }))).toBe('reason');
    expect(fieldOf(() => assertSubsidyStepDetails('applied', { appliedOn: '2027-02-30' }))).toBe('appliedOn');
    expect(fieldOf(() => assertSubsidyStepDetails('applied', { appliedOn: '2027-02-01' }, 'x'))).toBe('previousStepOn');
  });
});

describe('checkAmounts', () => {
  const max = 10_000_000;

  it('accepts consistent amounts and fills the unknown ones with null', () => {
    const amounts = { requested: 10_000_000, decided: 8_000_000, fixed: 7_650_000, paid: 7_650_000 };
    expect(checkAmounts(amounts, max)).toEqual(amounts);
    expect(checkAmounts({ requested: 3_000_000 }, max)).toEqual({
      requested: 3_000_000,
      decided: null,
      fixed: null,
      paid: null,
    });
    expect(checkAmounts({ requested: 30_000_000 }, null).requested).toBe(30_000_000);
  });

  it.each([
    [{ requested: 10_000_001 }, 'requested'],
    [{ decided: 12_000_000 }, 'decided'],
    [{ requested: 5_000_000, decided: 5_000_001 }, 'decided'],
    [{ decided: 5_000_000, fixed: 5_000_001 }, 'fixed'],
    [{ decided: 5_000_000, fixed: 4_000_000, paid: 4_000_001 }, 'paid'],
    [{ fixed: 1 }, 'fixed'],
    [{ decided: 5, paid: 1 }, 'paid'],
    [{ requested: -1 }, 'requested'],
    [{ decided: 100.5 }, 'decided'],
  ])('refuses %j naming %s', (amounts, field) => {
    expect(fieldOf(() => checkAmounts(amounts, max))).toBe(field);
  });

  it('refuses a non-positive programme maximum', () => {
    expect(fieldOf(() => checkAmounts({}, 0))).toBe('maxAmount');
  });
});
