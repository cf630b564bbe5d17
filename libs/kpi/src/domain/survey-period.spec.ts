import { isSurveyOpen, parseSurveyPeriod, surveyWindow } from './survey-period';

describe('parseSurveyPeriod', () => {
  it('reads calendar quarters, halves and fiscal years', () => {
    expect(parseSurveyPeriod('2026-Q3')).toEqual({ label: '2026-Q3', startDate: '2026-07-01', endDate: '2026-09-30' });
    expect(parseSurveyPeriod('2027-Q1')).toEqual({ label: '2027-Q1', startDate: '2027-01-01', endDate: '2027-03-31' });
    expect(parseSurveyPeriod('2026-H2')).toEqual({ label: '2026-H2', startDate: '2026-07-01', endDate: '2026-12-31' });
    expect(parseSurveyPeriod('FY2026')).toEqual({ label: 'FY2026', startDate: '2026-04-01', endDate: '2027-03-31' });
  });

  it("reads fiscal years and fiscal quarters from the facility's fiscal-year start month", () => {
    expect(parseSurveyPeriod('FY2026-Q1')).toEqual({
      label: 'FY2026-Q1',
      startDate: '2026-04-01',
      endDate: '2026-06-30',
    });
    expect(parseSurveyPeriod('FY2026-Q4')).toEqual({
      label: 'FY2026-Q4',
      startDate: '2027-01-01',
      endDate: '2027-03-31',
    });
    // A facility whose fiscal year starts in January, and one starting in October.
    expect(parseSurveyPeriod('FY2026', 'period', 1)).toMatchObject({ startDate: '2026-01-01', endDate: '2026-12-31' });
    expect(parseSurveyPeriod('FY2026-Q2', 'period', 10)).toMatchObject({
      startDate: '2027-01-01',
      endDate: '2027-03-31',
    });
  });

  it('refuses anything else naming the field', () => {
    for (const bad of ['2026-Q5', '2026Q3', 'Q3-2026', '', 42]) {
      expect(() => parseSurveyPeriod(bad)).toThrow(/period must be a quarter like 2026-Q3/);
    }
  });
});

describe('surveyWindow', () => {
  const q3 = parseSurveyPeriod('2026-Q3');
  it('opens today and closes 30 days after the period by default', () => {
    expect(surveyWindow(q3, '2026-09-15')).toEqual({ opensOn: '2026-09-15', closesOn: '2026-10-30' });
    expect(surveyWindow(q3, '2026-12-01')).toEqual({ opensOn: '2026-12-01', closesOn: '2026-12-31' });
  });

  it('takes given dates and refuses a window that closes before it opens', () => {
    expect(surveyWindow(q3, '2026-09-15', { opensOn: '2026-10-01', closesOn: '2026-10-31' })).toEqual({
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
    });
    expect(() => surveyWindow(q3, '2026-09-15', { opensOn: '2026-10-31', closesOn: '2026-10-01' })).toThrow(
      'closesOn must not be before opensOn.',
    );
  });

  it('is open on both ends of the window only', () => {
    const w = { opensOn: '2026-10-01', closesOn: '2026-10-31' };
    expect([
      isSurveyOpen(w, '2026-09-30'),
      isSurveyOpen(w, '2026-10-01'),
      isSurveyOpen(w, '2026-10-31'),
      isSurveyOpen(w, '2026-11-01'),
    ]).toEqual([false, true, true, false]);
  });
});
