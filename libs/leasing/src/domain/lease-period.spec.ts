import { DomainError, ErrorCode } from '@tamago/core';
import { assertLeaseCanEnd, assertLeasePeriod, assertTerminationDate, occupiedUntil } from './lease-period';
import { assertLeaseTransitionDetails, requiredLeaseDetails } from './lease-transition-details';

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

const term = { startDate: '2026-04-01', endDate: '2029-03-31' };

describe('assertLeasePeriod', () => {
  it('accepts a period and a one-day lease', () => {
    expect(assertLeasePeriod(term)).toEqual(term);
    expect(assertLeasePeriod({ startDate: '2026-04-01', endDate: '2026-04-01' })).toBeTruthy();
  });

  it('refuses an end before the start, naming endDate', () => {
    const error = caught(() => assertLeasePeriod({ startDate: '2026-04-01', endDate: '2026-03-31' }));
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.details.errors?.[0].field).toBe('endDate');
    expect(error.message).toBe('The lease cannot end (2026-03-31) before it starts (2026-04-01).');
  });

  it('names nested fields with the prefix', () => {
    expect(fieldOf(() => assertLeasePeriod({ startDate: '2026-4-1', endDate: '2027-03-31' }, 'chain[2].'))).toBe(
      'chain[2].startDate',
    );
    expect(fieldOf(() => assertLeasePeriod(null as never, 'proposed.'))).toBe('proposed');
  });
});

describe('assertTerminationDate and occupiedUntil', () => {
  it('accepts a day within the term before the end date', () => {
    expect(assertTerminationDate(term, '2026-04-01')).toBe('2026-04-01');
    expect(assertTerminationDate(term, '2029-03-30')).toBe('2029-03-30');
  });

  it('refuses the end date itself and days outside the term', () => {
    expect(fieldOf(() => assertTerminationDate(term, '2029-03-31'))).toBe('terminatedOn');
    expect(fieldOf(() => assertTerminationDate(term, '2026-03-31'))).toBe('terminatedOn');
    expect(fieldOf(() => assertTerminationDate(term, '2029-04-01'))).toBe('terminatedOn');
  });

  it('gives the last occupied day', () => {
    expect(occupiedUntil(term)).toBe('2029-03-31');
    expect(occupiedUntil({ ...term, terminatedOn: null })).toBe('2029-03-31');
    expect(occupiedUntil({ ...term, terminatedOn: '2027-09-30' })).toBe('2027-09-30');
  });
});

describe('assertLeaseCanEnd', () => {
  it('allows marking ended only after the end date', () => {
    expect(caught(() => assertLeaseCanEnd(term, '2029-03-31')).code).toBe(ErrorCode.Conflict);
    expect(() => assertLeaseCanEnd(term, '2029-04-01')).not.toThrow();
  });
});

describe('lease transition details', () => {
  it('lists what each step records', () => {
    expect(requiredLeaseDetails('active')).toEqual(['signedOn']);
    expect(requiredLeaseDetails('ended')).toEqual([]);
    expect(requiredLeaseDetails('terminated')).toEqual(['terminatedOn', 'reason']);
    expect(requiredLeaseDetails('cancelled')).toEqual(['reason']);
  });

  it('validates an early termination against the term', () => {
    expect(
      assertLeaseTransitionDetails(
        'terminated',
        { terminatedOn: '2027-09-30', reason: ' Moved out ', signedOn: 'x' },
        term,
      ),
    ).toEqual({ terminatedOn: '2027-09-30', reason: 'Moved out' });
    expect(fieldOf(() => assertLeaseTransitionDetails('terminated', { terminatedOn: '2027-09-30' }, term))).toBe(
      'reason',
    );
    expect(
      fieldOf(() => assertLeaseTransitionDetails('terminated', { terminatedOn: '2030-01-01', reason: 'x' }, term)),
    ).toBe('terminatedOn');
  });

  it('needs a signing date to activate and a reason to cancel', () => {
    expect(assertLeaseTransitionDetails('active', { signedOn: '2026-03-15' }, term)).toEqual({
      signedOn: '2026-03-15',
    });
    expect(fieldOf(() => assertLeaseTransitionDetails('active', {}, term))).toBe('signedOn');
    expect(fieldOf(() => assertLeaseTransitionDetails('cancelled', { reason: '' }, term))).toBe('reason');
  });
});
