import { addBankBusinessDays, adjustToBusinessDay, dueDateFor, isBankBusinessDay } from './due-date';
import { invalidField } from './test-helpers';

describe('isBankBusinessDay', () => {
  it.each([
    ['2027-04-30', true, 'Friday between Shōwa Day and Golden Week'],
    ['2027-05-06', true, 'Thursday after Golden Week'],
    ['2027-01-04', true, 'first Monday of the year'],
    ['2027-03-23', true, 'Tuesday after the substitute holiday'],
    ['2027-05-01', false, 'Saturday'],
    ['2027-05-02', false, 'Sunday'],
    ['2027-04-29', false, 'Shōwa Day'],
    ['2027-05-03', false, 'Constitution Day'],
    ['2027-05-04', false, 'Greenery Day'],
    ['2027-05-05', false, "Children's Day"],
    ['2027-03-22', false, 'substitute holiday for the Sunday equinox'],
    ['2026-12-31', false, 'bank holiday 31 December (a Thursday)'],
    ['2027-01-01', false, "New Year's Day"],
    ['2027-01-02', false, 'bank holiday 2 January'],
    ['2027-01-03', false, 'bank holiday 3 January'],
    ['2027-12-31', false, 'bank holiday 31 December (a Friday)'],
    ['2027-11-03', false, 'Culture Day (a Wednesday)'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isBankBusinessDay(date)).toBe(expected);
  });

  it('refuses dates outside the holiday data set rather than guess', () => {
    expect(invalidField(() => isBankBusinessDay('2051-01-04'))).toBe('date');
    expect(invalidField(() => isBankBusinessDay('1969-12-31'))).toBe('date');
  });

  it('rejects an impossible date', () => {
    expect(invalidField(() => isBankBusinessDay('2027-02-30'))).toBe('date');
  });
});

describe('adjustToBusinessDay', () => {
  it('keeps a business day', () => {
    expect(adjustToBusinessDay('2027-04-30')).toBe('2027-04-30');
    expect(adjustToBusinessDay('2027-04-30', 'previous')).toBe('2027-04-30');
  });

  it('moves over the year-end bank holidays and a weekend', () => {
    // 12-31 Thu (bank holiday), 01-01 Fri (holiday), 01-02 Sat, 01-03 Sun → 01-04 Mon
    expect(adjustToBusinessDay('2026-12-31')).toBe('2027-01-04');
    expect(adjustToBusinessDay('2027-01-03', 'previous')).toBe('2026-12-30');
  });

  it('moves over Golden Week 2027', () => {
    // 05-01 Sat, 05-02 Sun, 05-03..05 holidays → 05-06 Thu; previous → 04-30 Fri
    expect(adjustToBusinessDay('2027-05-01')).toBe('2027-05-06');
    expect(adjustToBusinessDay('2027-05-05', 'previous')).toBe('2027-04-30');
  });

  it('moves over a substitute holiday', () => {
    // 03-21 Sun (equinox) → 03-22 Mon substitute holiday → 03-23 Tue; previous → 03-19 Fri
    expect(adjustToBusinessDay('2027-03-21')).toBe('2027-03-23');
    expect(adjustToBusinessDay('2027-03-22', 'previous')).toBe('2027-03-19');
  });

  it('validates the direction', () => {
    expect(invalidField(() => adjustToBusinessDay('2027-05-01', 'nearest' as never))).toBe('direction');
  });
});

describe('addBankBusinessDays', () => {
  it('counts only business days', () => {
    // from 04-28 Wed: 04-29 holiday, 04-30 Fri = 1, 05-01..05-05 closed, 05-06 Thu = 2
    expect(addBankBusinessDays('2027-04-28', 2)).toBe('2027-05-06');
    expect(addBankBusinessDays('2027-05-06', -1)).toBe('2027-04-30');
    expect(addBankBusinessDays('2027-05-01', 0)).toBe('2027-05-01');
  });

  it('validates the count', () => {
    expect(invalidField(() => addBankBusinessDays('2027-05-06', 1.5))).toBe('count');
  });
});

describe('dueDateFor', () => {
  it('defaults to the end of the billing month, next business day', () => {
    expect(dueDateFor('2027-04')).toBe('2027-04-30'); // Friday
    expect(dueDateFor('2027-03')).toBe('2027-03-31'); // Wednesday
    expect(dueDateFor('2028-02')).toBe('2028-02-29'); // leap day, a Tuesday
  });

  it('moves 2026-12-31 (bank holiday) to 2027-01-04', () => {
    expect(dueDateFor('2026-12')).toBe('2027-01-04');
  });

  it('moves a Sunday month end forward, or back in previous-day mode', () => {
    // 2027-10-31 is a Sunday → Mon 11-01; previous → Fri 10-29
    expect(dueDateFor('2027-10')).toBe('2027-11-01');
    expect(dueDateFor('2027-10', { adjust: 'previous' })).toBe('2027-10-29');
    // 2026-12-31 previous → Wed 12-30
    expect(dueDateFor('2026-12', { adjust: 'previous' })).toBe('2026-12-30');
  });

  it('uses a fixed day of the following month', () => {
    // billing 2027-04, due 3rd of May (Constitution Day) → 05-06; previous → 04-30
    expect(dueDateFor('2027-04', { day: 3, monthOffset: 1, adjust: 'next' })).toBe('2027-05-06');
    expect(dueDateFor('2027-04', { day: 3, monthOffset: 1, adjust: 'previous' })).toBe('2027-04-30');
    // billing 2027-01, due 27 Feb (Saturday) → Mon 03-01
    expect(dueDateFor('2027-01', { day: 27, monthOffset: 1 })).toBe('2027-03-01');
  });

  it('前月末払い: due at the end of the month before the service month', () => {
    // April's rent due on 31 March 2027 (a Wednesday)
    expect(dueDateFor('2027-04', { monthOffset: -1 })).toBe('2027-03-31');
    // January's rent: 31 Dec is a bank holiday; 前月末払い usually moves back (30 Dec), or on to 4 Jan
    expect(dueDateFor('2027-01', { monthOffset: -1, adjust: 'previous' })).toBe('2026-12-30');
    expect(dueDateFor('2027-01', { monthOffset: -1 })).toBe('2027-01-04');
    // a fixed day of the month before: the 25th of February 2027 for March
    expect(dueDateFor('2027-03', { day: 25, monthOffset: -1 })).toBe('2027-02-25');
    // across a year boundary backwards: 27 Dec 2026 is a Sunday → previous Friday 25 Dec
    expect(dueDateFor('2027-01', { day: 27, monthOffset: -1, adjust: 'previous' })).toBe('2026-12-25');
  });

  it('uses the end of the following month across a year boundary', () => {
    // billing 2026-12 → end of 2027-01 = Sunday 01-31 → Mon 02-01
    expect(dueDateFor('2026-12', { monthOffset: 1 })).toBe('2027-02-01');
  });

  it('uses a fixed day of the billing month over a substitute holiday', () => {
    expect(dueDateFor('2027-03', { day: 21 })).toBe('2027-03-23');
    expect(dueDateFor('2027-03', { day: 21, adjust: 'previous' })).toBe('2027-03-19');
    expect(dueDateFor('2027-11', { day: 3 })).toBe('2027-11-04');
  });

  it('validates the period and the rule', () => {
    expect(invalidField(() => dueDateFor('2027-13'))).toBe('period');
    expect(invalidField(() => dueDateFor('2027-01', { day: 29 }))).toBe('rule.day');
    expect(invalidField(() => dueDateFor('2027-01', { day: 0 }))).toBe('rule.day');
    expect(invalidField(() => dueDateFor('2027-01', { day: 1.5 }))).toBe('rule.day');
    expect(invalidField(() => dueDateFor('2027-01', { monthOffset: 2 as never }))).toBe('rule.monthOffset');
    expect(invalidField(() => dueDateFor('2027-01', { adjust: 'nearest' as never }))).toBe('rule.adjust');
  });
});
