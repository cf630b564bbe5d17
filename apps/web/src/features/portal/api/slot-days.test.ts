import { describe, expect, it } from 'vitest';
import { dateWindow, expertiseOf, groupSlotsByDay } from './slot-days';

const slot = (date: string, from: string, to: string) => ({
  startsAt: `${date}T${from}:00+09:00`,
  endsAt: `${date}T${to}:00+09:00`,
});

describe('groupSlotsByDay', () => {
  it('groups by the local day of the facility, in time order, with the local start time', () => {
    const days = groupSlotsByDay([
      slot('2027-06-08', '10:00', '11:00'),
      slot('2027-06-07', '11:00', '12:00'),
      slot('2027-06-07', '10:00', '11:00'),
    ]);
    expect(days.map((d) => [d.date, d.slots.map((s) => s.time)])).toEqual([
      ['2027-06-07', ['10:00', '11:00']],
      ['2027-06-08', ['10:00']],
    ]);
  });

  it('keeps an early-morning Tokyo slot on its Tokyo day (not the UTC one)', () => {
    expect(groupSlotsByDay([slot('2027-06-07', '08:00', '09:00')])[0].date).toBe('2027-06-07');
  });

  it('returns nothing for no slots', () => {
    expect(groupSlotsByDay([])).toEqual([]);
  });
});

describe('dateWindow', () => {
  it('counts days in Tokyo: 23:30 UTC is already the next day there', () => {
    expect(dateWindow(13, new Date('2027-03-31T23:30:00Z'))).toEqual({ from: '2027-04-01', to: '2027-04-14' });
  });
});

describe('expertiseOf', () => {
  it('lists each expertise once', () => {
    expect(expertiseOf([{ expertise: ['知的財産', '資金調達'] }, { expertise: ['資金調達'] }])).toHaveLength(2);
  });
});
