import {
  DomainError,
  parseInstant,
  requireArray,
  requireBoolean,
  requireInteger,
  requireOneOf,
  requireText,
} from '@tamago/core';
import { EventsError } from '../errors';

/** A registration for an event. */
export interface Registration {
  id: string;
  status: RegistrationStatus;
  registeredAt: string | Date;
}

/** Confirmed holds a seat; waitlisted waits in registration order; cancelled frees its seat. */
export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

const STATUSES: readonly RegistrationStatus[] = ['confirmed', 'waitlisted', 'cancelled'];

/**
 * The status of a new registration. It is confirmed only if a seat is free once everyone already
 * waiting has been served (nobody jumps the queue); otherwise it is waitlisted, or refused with
 * Conflict when the event keeps no waitlist. `capacity` null means unlimited. The caller must hold
 * a lock on the event while counting and inserting, or two registrations can take the last seat.
 */
export function register(
  registrations: Registration[],
  capacity: number | null,
  allowWaitlist: boolean,
): 'confirmed' | 'waitlisted' {
  const list = parseRegistrations(registrations);
  const seats = parseCapacity(capacity);
  const waitlistAllowed = requireBoolean(allowWaitlist, 'allowWaitlist');
  const confirmed = list.filter((r) => r.status === 'confirmed').length;
  const waiting = list.filter((r) => r.status === 'waitlisted').length;
  if (seats === null || confirmed + waiting < seats) return 'confirmed';
  if (waitlistAllowed) return 'waitlisted';
  throw DomainError.conflict(
    EventsError.EventFull,
    `The event is full (${confirmed} of ${seats} seats taken).`,
    { confirmed, seats },
    {
      capacity: seats,
      confirmed,
      waitlisted: waiting,
    },
  );
}

/** Ids of waitlisted registrations to confirm now that seats are free: earliest first (ties by id). */
export function promoteFromWaitlist(registrations: Registration[], capacity: number | null): string[] {
  const list = parseRegistrations(registrations);
  const seats = parseCapacity(capacity);
  const confirmed = list.filter((r) => r.status === 'confirmed').length;
  const free = seats === null ? Number.MAX_SAFE_INTEGER : Math.max(0, seats - confirmed);
  return list
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
    .slice(0, free)
    .map((r) => r.id);
}

function parseCapacity(capacity: number | null): number | null {
  return capacity === null ? null : requireInteger(capacity, 'capacity', 1, 1_000_000);
}

function parseRegistrations(registrations: Registration[]): { id: string; status: RegistrationStatus; at: number }[] {
  return requireArray<Registration>(registrations, 'registrations').map((r, i) => ({
    id: requireText(r?.id, `registrations[${i}].id`, 200),
    status: requireOneOf(r.status, STATUSES, `registrations[${i}].status`),
    at: parseInstant(r.registeredAt, `registrations[${i}].registeredAt`).getTime(),
  }));
}
