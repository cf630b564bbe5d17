import { describe, expect, it } from 'vitest';
import { nextDeadline, urgencyOf } from './subsidy-stages';

describe('subsidy stages on the board', () => {
  it('colours a deadline by how close it is', () => {
    expect(urgencyOf('2027-01-09', '2027-01-10')).toBe('overdue');
    expect(urgencyOf('2027-01-17', '2027-01-10')).toBe('urgent');
    expect(urgencyOf('2027-02-09', '2027-01-10')).toBe('soon');
    expect(urgencyOf('2027-02-10', '2027-01-10')).toBe('later');
  });

  it('shows the next deadline that matters at the stage', () => {
    const d = (key: string, dueOn: string) => ({ key, dueOn, labelJa: key, labelEn: key });
    const list = [
      d('prerequisite.gbizid', '2027-01-05'),
      d('application_close', '2027-01-20'),
      d('project_deadline', '2027-09-30'),
    ];
    expect(nextDeadline('planning', list, '2027-01-10')?.key).toBe('application_close');
    expect(nextDeadline('applied', list, '2027-01-10')?.key).toBe('project_deadline');
    expect(nextDeadline('withdrawn', list, '2027-01-10')).toBeUndefined();
  });
});
