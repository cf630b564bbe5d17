import { describe, expect, it } from 'vitest';
import { isLegalStep, nextStages, urgencyOf } from './subsidy-stages';

describe('subsidy stages on the board', () => {
  it('allows only the next lifecycle step and the closing outcomes', () => {
    expect(nextStages('applied')).toEqual(['adopted', 'not_adopted', 'withdrawn']);
    expect(isLegalStep('planning', 'applied')).toBe(true);
    expect(isLegalStep('planning', 'adopted')).toBe(false);
    expect(isLegalStep('planning', 'cancelled')).toBe(false);
    expect(isLegalStep('paid', 'withdrawn')).toBe(false);
  });

  it('colours a deadline by how close it is', () => {
    expect(urgencyOf('2027-01-09', '2027-01-10')).toBe('overdue');
    expect(urgencyOf('2027-01-17', '2027-01-10')).toBe('urgent');
    expect(urgencyOf('2027-02-09', '2027-01-10')).toBe('soon');
    expect(urgencyOf('2027-02-10', '2027-01-10')).toBe('later');
  });
});
