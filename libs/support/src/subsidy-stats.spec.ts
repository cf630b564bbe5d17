import { adoptionStats } from './subsidy-stats';

describe('adoptionStats', () => {
  it('gives basis points rounded half up and a percentage string', () => {
    expect(adoptionStats({ applied: 4, adopted: 2, notAdopted: 1 })).toEqual({
      applied: 4,
      adopted: 2,
      notAdopted: 1,
      undecided: 1,
      adoptionRateBp: 6667,
      adoptionRate: '66.67%',
    });
    expect(adoptionStats({ applied: 8, adopted: 1, notAdopted: 7 }).adoptionRate).toBe('12.50%');
    expect(adoptionStats({ applied: 3, adopted: 3, notAdopted: 0 }).adoptionRateBp).toBe(10000);
  });

  it('has no rate before any decision', () => {
    expect(adoptionStats({ applied: 2, adopted: 0, notAdopted: 0 })).toMatchObject({
      adoptionRateBp: null,
      adoptionRate: null,
    });
  });
});
