import { DomainError, ErrorCode } from '@tamago/core';
import { promoteFromWaitlist, register, type Registration } from './waitlist';

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

const registrations: Registration[] = [
  { id: 'r1', status: 'confirmed', registeredAt: '2027-06-01T09:00:00+09:00' },
  { id: 'r2', status: 'confirmed', registeredAt: '2027-06-01T09:05:00+09:00' },
  { id: 'r3', status: 'waitlisted', registeredAt: '2027-06-01T09:30:00+09:00' },
  { id: 'r4', status: 'waitlisted', registeredAt: '2027-06-01T00:20:00Z' }, // 09:20 in Tokyo: before r3
  { id: 'r5', status: 'cancelled', registeredAt: '2027-06-01T08:00:00+09:00' },
];

describe('register', () => {
  it('confirms while seats are free beyond those already waiting', () => {
    // 2 confirmed + 2 waiting = 4 < 5
    expect(register(registrations, 5, false)).toBe('confirmed');
    expect(register([], 1, false)).toBe('confirmed');
    expect(register(registrations, null, false)).toBe('confirmed');
  });

  it('does not let a newcomer jump the waitlist', () => {
    // a seat is free (2 of 3) but two people wait for it
    expect(register(registrations, 3, true)).toBe('waitlisted');
  });

  it('refuses with Conflict when full and no waitlist is kept', () => {
    const error = caught(() => register(registrations, 2, false));
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toBe('The event is full (2 of 2 seats taken).');
    expect(error.details.extra).toEqual({ capacity: 2, confirmed: 2, waitlisted: 2 });
  });

  it('validates', () => {
    expect(fieldOf(() => register(registrations, 0, true))).toBe('capacity');
    expect(fieldOf(() => register(registrations, 3, 'yes' as never))).toBe('allowWaitlist');
    expect(fieldOf(() => register([{ ...registrations[0], registeredAt: '2027-06-01 09:00' }], 3, true))).toBe(
      'registrations[0].registeredAt',
    );
    expect(fieldOf(() => register([{ ...registrations[0], status: 'maybe' as never }], 3, true))).toBe(
      'registrations[0].status',
    );
  });
});

describe('promoteFromWaitlist', () => {
  it('promotes in order of registration as seats free up', () => {
    expect(promoteFromWaitlist(registrations, 3)).toEqual(['r4']);
    expect(promoteFromWaitlist(registrations, 4)).toEqual(['r4', 'r3']);
    expect(promoteFromWaitlist(registrations, 10)).toEqual(['r4', 'r3']);
    expect(promoteFromWaitlist(registrations, null)).toEqual(['r4', 'r3']);
  });

  it('promotes nobody when no seat is free, even after capacity was lowered', () => {
    expect(promoteFromWaitlist(registrations, 2)).toEqual([]);
    expect(promoteFromWaitlist(registrations, 1)).toEqual([]);
  });

  it('breaks ties by id', () => {
    const at = '2027-06-01T10:00:00+09:00';
    const tied: Registration[] = [
      { id: 'b', status: 'waitlisted', registeredAt: at },
      { id: 'a', status: 'waitlisted', registeredAt: at },
    ];
    expect(promoteFromWaitlist(tied, 1)).toEqual(['a']);
  });
});
