import { DomainError, ErrorCode } from '@tamago/core';
import { assertTenantTransitionDetails, requiredTenantDetails } from './tenant-transition-details';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.code).toBe(ErrorCode.InvalidInput);
      return error.details.errors?.[0].field;
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

const review = { reviewer: 'IM Sato', score: 4, comment: 'Clear market, small team.' };

describe('requiredTenantDetails', () => {
  it('lists what each step records', () => {
    expect(requiredTenantDetails('screening')).toEqual([]);
    expect(requiredTenantDetails('approved')).toEqual(['reviews', 'decidedOn']);
    expect(requiredTenantDetails('rejected')).toEqual(['reviews', 'decidedOn']);
    expect(requiredTenantDetails('active')).toEqual(['enteredOn']);
    expect(requiredTenantDetails('graduated')).toEqual(['graduatedOn', 'reason', 'destination']);
    expect(requiredTenantDetails('withdrawn')).toEqual(['withdrawnOn', 'reason']);
  });
});

describe('assertTenantTransitionDetails', () => {
  it('returns only the fields the step needs, trimmed', () => {
    expect(
      assertTenantTransitionDetails('graduated', {
        graduatedOn: '2027-03-31',
        reason: ' Outgrew the lab ',
        destination: 'Own plant in the city',
        reviews: [review],
      }),
    ).toEqual({ graduatedOn: '2027-03-31', reason: 'Outgrew the lab', destination: 'Own plant in the city' });
  });

  it('accepts a screening decision with reviews and a date', () => {
    expect(assertTenantTransitionDetails('approved', { reviews: [review], decidedOn: '2026-03-10' })).toEqual({
      reviews: [review],
      decidedOn: '2026-03-10',
    });
  });

  it('refuses a decision without reviews, with an empty list or a bad score', () => {
    expect(fieldOf(() => assertTenantTransitionDetails('rejected', { decidedOn: '2026-03-10' }))).toBe('reviews');
    expect(fieldOf(() => assertTenantTransitionDetails('rejected', { reviews: [], decidedOn: '2026-03-10' }))).toBe(
      'reviews',
    );
    const scored = (score: number) => () =>
      assertTenantTransitionDetails('approved', { reviews: [review, { ...review, score }], decidedOn: '2026-03-10' });
    expect(fieldOf(scored(6))).toBe('reviews[1].score');
    expect(fieldOf(scored(0))).toBe('reviews[1].score');
    expect(fieldOf(scored(3.5))).toBe('reviews[1].score');
    expect(() => scored(1)()).not.toThrow();
    expect(() => scored(5)()).not.toThrow();
  });

  it('refuses a review without a comment and a decision without a date', () => {
    expect(
      fieldOf(() =>
        assertTenantTransitionDetails('approved', { reviews: [{ ...review, comment: '  ' }], decidedOn: '2026-03-10' }),
      ),
    ).toBe('reviews[0].comment');
    expect(
      fieldOf(() => assertTenantTransitionDetails('approved', { reviews: [review], decidedOn: '2026-02-30' })),
    ).toBe('decidedOn');
  });

  it('refuses a graduation without destination and a withdrawal without reason', () => {
    expect(
      fieldOf(() => assertTenantTransitionDetails('graduated', { graduatedOn: '2027-03-31', reason: 'Grew' })),
    ).toBe('destination');
    expect(fieldOf(() => assertTenantTransitionDetails('withdrawn', { withdrawnOn: '2027-03-31' }))).toBe('reason');
    expect(fieldOf(() => assertTenantTransitionDetails('active', {}))).toBe('enteredOn');
  });

  it('needs nothing to start screening, but needs a details object', () => {
    expect(assertTenantTransitionDetails('screening', {})).toEqual({});
    expect(fieldOf(() => assertTenantTransitionDetails('screening', null as never))).toBe('details');
  });
});
