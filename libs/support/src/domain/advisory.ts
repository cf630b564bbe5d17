import { defineStateMachine, DomainError, parseInstant, requireOneOf } from '@tamago/core';
import { SupportError } from '../errors';

/** Where an advisor comes from. */
export type AdvisorKind =
  'staff' | 'technical_coordinator' | 'certified_sme_consultant' | 'university_researcher' | 'specialist' | 'other';
export const ADVISOR_KINDS: readonly AdvisorKind[] = [
  'staff',
  'technical_coordinator',
  'certified_sme_consultant',
  'university_researcher',
  'specialist',
  'other',
];

/** A booked session with an advisor, or a quick consultation logged without appointment. */
export type SessionKind = 'appointment' | 'consultation';
export const SESSION_KINDS: readonly SessionKind[] = ['appointment', 'consultation'];

export type SessionMode = 'onsite' | 'online';
export const SESSION_MODES: readonly SessionMode[] = ['onsite', 'online'];

/** How a consultation without appointment reached the facility. */
export type ConsultationChannel = 'phone' | 'walk_in' | 'email' | 'online' | 'onsite';
export const CONSULTATION_CHANNELS: readonly ConsultationChannel[] = ['phone', 'walk_in', 'email', 'online', 'onsite'];

/** What a session is about; the categories funders' reports count. */
export type SessionTopic =
  | 'subsidy'
  | 'funding'
  | 'technology'
  | 'intellectual_property'
  | 'sales_marketing'
  | 'management'
  | 'legal'
  | 'human_resources'
  | 'carbon_neutrality'
  | 'facility'
  | 'other';
export const SESSION_TOPICS: readonly SessionTopic[] = [
  'subsidy',
  'funding',
  'technology',
  'intellectual_property',
  'sales_marketing',
  'management',
  'legal',
  'human_resources',
  'carbon_neutrality',
  'facility',
  'other',
];

export type SessionStatus = 'booked' | 'completed' | 'cancelled' | 'no_show';

const machine = defineStateMachine<SessionStatus>('session', 'status', {
  booked: ['completed', 'cancelled', 'no_show'],
  completed: [],
  cancelled: [],
  no_show: [],
});

/** Every session status. */
export const SESSION_STATUSES: readonly SessionStatus[] = machine.states;

/** Throws Conflict (with `allowed`) unless `from` → `to` is a legal step of a session. */
export function assertSessionTransition(from: SessionStatus, to: SessionStatus): void {
  machine.assert(from, to);
}

/** A follow-up action agreed in a session. */
export interface FollowUpAction {
  action: string;
  /** 'tenant', 'staff', 'advisor' or a person's name. */
  owner: string;
  dueOn: string | null;
  done: boolean;
}

/** The follow-ups as stored and answered: each with its four fields (`dueOn` null when none was given). */
export function normaliseFollowUps(list: readonly Partial<FollowUpAction>[] | null | undefined): FollowUpAction[] {
  return (list ?? []).map((f) => ({
    action: String(f.action ?? ''),
    owner: String(f.owner ?? ''),
    dueOn: f.dueOn ?? null,
    done: Boolean(f.done),
  }));
}

/** A recurring weekly window, in the facility's local time; weekday 1 = Monday … 7 = Sunday. */
export interface WeeklySlot {
  weekday: number;
  start: string;
  end: string;
}

/** An explicit free window (instants with offset). */
export interface FreeSlot {
  startsAt: string;
  endsAt: string;
}

/** When an advisor can be booked by tenants: weekly windows and/or explicit free windows. */
export interface AdvisorAvailability {
  weekly: WeeklySlot[];
  slots: FreeSlot[];
}

/** Checks that a session ends after it starts; InvalidInput names `endsAt`. */
export function assertSessionTimes(startsAt: unknown, endsAt: unknown): { startsAt: Date; endsAt: Date } {
  const start = parseInstant(startsAt, 'startsAt');
  const end = parseInstant(endsAt, 'endsAt');
  if (end.getTime() <= start.getTime())
    throw DomainError.invalid(SupportError.EndsBeforeStarts, 'endsAt', 'endsAt must be after startsAt.');
  if (end.getTime() - start.getTime() > 24 * 3600_000) {
    throw DomainError.invalid(SupportError.SessionTooLong, 'endsAt', 'A session cannot last more than 24 hours.');
  }
  return { startsAt: start, endsAt: end };
}

/** The shortest session a tenant may book from the portal (an advisor's slot is never shorter). */
export const MIN_TENANT_BOOKING_MINUTES = 15;

/** A tenant's booking starts in the future and lasts at least MIN_TENANT_BOOKING_MINUTES. */
export function assertTenantBookingTimes(times: { startsAt: Date; endsAt: Date }, now: Date): void {
  if (times.startsAt.getTime() <= now.getTime()) {
    throw DomainError.invalid(SupportError.BookingInPast, 'startsAt', 'A booking must start in the future.');
  }
  if (times.endsAt.getTime() - times.startsAt.getTime() < MIN_TENANT_BOOKING_MINUTES * 60_000) {
    throw DomainError.invalid(
      SupportError.BookingTooShort,
      'endsAt',
      `A booking lasts at least ${MIN_TENANT_BOOKING_MINUTES} minutes.`,
      {
        min: MIN_TENANT_BOOKING_MINUTES,
        minutes: MIN_TENANT_BOOKING_MINUTES,
      },
      'min',
    );
  }
}

/**
 * Tenants may cancel or move their own booking only up to `hours` before it starts (staff may
 * always); later changes go through the facility so the advisor is told in person.
 */
export function assertTenantMayChange(startsAt: Date, now: Date, hours: number): void {
  if (startsAt.getTime() - now.getTime() < hours * 3600_000) {
    throw DomainError.conflict(
      SupportError.BookingTooLateToChange,
      `A booking can be cancelled or moved from the portal up to ${hours} hours before it starts; please contact the facility.`,
      { hours },
      { cutoffHours: hours },
    );
  }
}

/** Parses one of `values` or throws InvalidInput on `field`. */
export function parseOneOf<T extends string>(value: unknown, values: readonly T[], field: string): T {
  return requireOneOf(value, values, field);
}
