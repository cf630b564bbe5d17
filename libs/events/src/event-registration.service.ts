import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError, ErrorCode, clockNow } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, saveScoped, saveAllScoped } from '@tamago/database';
import { promoteFromWaitlist, register } from './domain';
import { TenantService } from '@tamago/tenants';
import { EventRegistration } from './event-registration.entity';
import { Event } from './event.entity';
import { Registrant, RegistrationInput, RegistrationListQuery } from './event-inputs';
import { EventService } from './event.service';
import { attendeeCsv } from './attendee-export';
import { facilityTimeZone } from '@tamago/facilities';
import { EventsError } from './errors';

/** The outcome of a cancellation: the cancelled registration and whoever moved up from the waitlist. */
export interface Cancellation {
  registration: EventRegistration;
  promotedIds: string[];
}

/** Registrations, waitlist and check-in of events. */
@Injectable()
export class EventRegistrationService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly events: EventService,
    private readonly tenants: TenantService,
  ) {}

  /**
   * The live (confirmed or waitlisted) registrations of the given events, earliest first — the order
   * promotion uses — in one query. For counting seats and waitlist positions; callers decide what a
   * reader may see of them.
   */
  liveOf(facilityId: string, eventIds: readonly string[]): Promise<EventRegistration[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.tx.inFacility(facilityId, (em) =>
      em.find(EventRegistration, {
        where: { facilityId, eventId: In([...eventIds]), status: In(['confirmed', 'waitlisted']) },
        order: { registeredAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** Registrations of an event in registration order; tenant users see only their own tenant's. */
  list(
    facilityId: string,
    eventId: string,
    ownTenantId: string | null,
    query: RegistrationListQuery,
  ): Promise<{ items: EventRegistration[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      await this.events.load(em, facilityId, eventId);
      const where: Record<string, unknown> = { facilityId, eventId };
      if (ownTenantId !== null) where.tenantId = ownTenantId;
      if (query.status) where.status = query.status;
      const [items, total] = await em.findAndCount(EventRegistration, {
        where,
        order: { registeredAt: 'ASC', id: 'ASC' },
        skip: query.offset,
        take: query.limit,
      });
      return { items, total };
    });
  }

  /** A tenant's registrations with their events (for the timeline). */
  listForTenant(facilityId: string, tenantId: string): Promise<EventRegistration[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(EventRegistration, {
        where: { facilityId, tenantId },
        relations: { event: true },
        order: { registeredAt: 'ASC' },
      }),
    );
  }

  /**
   * Registers someone. The event row is locked (SELECT … FOR UPDATE) while seats are counted
   * and the registration inserted, so two people cannot both take the last seat. Confirmed
   * while seats are free, then waitlisted, or 409 when the event keeps no waitlist.
   */
  async register(
    facilityId: string,
    who: Registrant,
    eventId: string,
    input: RegistrationInput,
  ): Promise<EventRegistration> {
    try {
      return await this.tx.inFacility(
        facilityId,
        async (em) => {
          const event = await this.events.load(em, facilityId, eventId, true);
          if (event.endsAt.getTime() < clockNow().getTime())
            throw DomainError.conflict(EventsError.EventOver, 'The event is over; registration is closed.');
          const attendee = await this.attendee(em, facilityId, who, input);
          const existing = await em.findBy(EventRegistration, { facilityId, eventId });
          const status = register(existing, event.capacity, event.waitlistEnabled);
          const row = em.create(EventRegistration, {
            facilityId,
            eventId,
            ...attendee,
            status,
            registeredAt: clockNow(),
            promotedAt: null,
            cancelledAt: null,
            checkedInAt: null,
          });
          return em.save(row);
        },
        who.userId,
      );
    } catch (e) {
      if (isPgError(e, PgErrorCode.UniqueViolation))
        throw new DomainError(
          ErrorCode.Conflict,
          EventsError.AlreadyRegistered,
          'This person is already registered for the event.',
          {
            errors: [{ field: 'email', message: 'already registered' }],
          },
        );
      throw e;
    }
  }

  /** Cancels a registration; a freed seat goes to the earliest waitlisted registration(s). */
  cancel(facilityId: string, who: Registrant, eventId: string, id: string): Promise<Cancellation> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const event = await this.events.load(em, facilityId, eventId, true);
        const registration = await this.load(em, facilityId, eventId, id, who.ownTenantId);
        if (registration.status === 'cancelled')
          throw DomainError.conflict(
            EventsError.RegistrationAlreadyCancelled,
            'The registration is already cancelled.',
          );
        registration.status = 'cancelled';
        registration.cancelledAt = clockNow();
        await saveScoped(em, facilityId, registration);
        const promotedIds = await this.promote(em, event);
        return { registration, promotedIds };
      },
      who.userId,
    );
  }

  /** Records that a confirmed attendee arrived. */
  checkIn(facilityId: string, actorId: string, eventId: string, id: string): Promise<EventRegistration> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const registration = await this.load(em, facilityId, eventId, id, null);
        if (registration.status !== 'confirmed')
          throw DomainError.conflict(
            EventsError.CannotCheckIn,
            `A ${registration.status} registration cannot check in.`,
            { registrationStatus: registration.status },
            {
              status: registration.status,
            },
          );
        if (!registration.checkedInAt) {
          registration.checkedInAt = clockNow();
          await saveScoped(em, facilityId, registration);
        }
        return registration;
      },
      actorId,
    );
  }

  /** The event and its live registrations (confirmed, then waitlisted) with tenant names, for the export. */
  attendees(
    facilityId: string,
    eventId: string,
  ): Promise<{ event: Event; rows: { registration: EventRegistration; company: string }[]; timeZone: string }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const event = await this.events.load(em, facilityId, eventId);
      const regs = await em.find(EventRegistration, {
        where: [
          { facilityId, eventId, status: 'confirmed' },
          { facilityId, eventId, status: 'waitlisted' },
        ],
        order: { status: 'ASC', registeredAt: 'ASC', id: 'ASC' },
      });
      const names = new Map<string, string>();
      for (const tenantId of new Set(regs.map((r) => r.tenantId).filter((t): t is string => t !== null)))
        names.set(tenantId, (await this.tenants.load(em, facilityId, tenantId)).name);
      const rows = regs.map((registration) => ({
        registration,
        company: registration.tenantId ? names.get(registration.tenantId)! : (registration.companyName ?? ''),
      }));
      return { event, rows, timeZone: await facilityTimeZone(em, facilityId) };
    });
  }

  /** The attendee list as CSV (see attendeeCsv), times in the facility's time zone. */
  async attendeesCsv(facilityId: string, eventId: string): Promise<string> {
    const { rows, timeZone } = await this.attendees(facilityId, eventId);
    return attendeeCsv(rows, timeZone);
  }

  private async promote(em: EntityManager, event: Event): Promise<string[]> {
    const all = await em.findBy(EventRegistration, { facilityId: event.facilityId, eventId: event.id });
    const ids = new Set(promoteFromWaitlist(all, event.capacity));
    const now = clockNow();
    const promoted = all.filter((r) => ids.has(r.id));
    promoted.forEach((r) => Object.assign(r, { status: 'confirmed', promotedAt: now }));
    await saveAllScoped(em, event.facilityId, promoted);
    return promoted.map((r) => r.id);
  }

  private async load(
    em: EntityManager,
    facilityId: string,
    eventId: string,
    id: string,
    ownTenantId: string | null,
  ): Promise<EventRegistration> {
    const registration = await em.findOneBy(EventRegistration, { facilityId, eventId, id });
    if (!registration || (ownTenantId !== null && registration.tenantId !== ownTenantId))
      throw DomainError.notFound(EventsError.RegistrationNotFound, 'Registration', id);
    return registration;
  }

  private async attendee(
    em: EntityManager,
    facilityId: string,
    who: Registrant,
    input: RegistrationInput,
  ): Promise<Pick<EventRegistration, 'tenantId' | 'userId' | 'attendeeName' | 'companyName' | 'email'>> {
    if (who.ownTenantId !== null) {
      // Tenant users register themselves, for their own tenant only.
      if (input.guest)
        throw DomainError.invalid(
          EventsError.GuestsByStaffOnly,
          'guest',
          'Guests are registered by the facility staff.',
        );
      if (input.tenantId && input.tenantId !== who.ownTenantId)
        throw DomainError.invalid(EventsError.TenantNotOwnCompany, 'tenantId', 'tenantId must be your own company.');
      const email = who.email.toLowerCase();
      return {
        tenantId: who.ownTenantId,
        userId: who.userId,
        attendeeName: input.attendeeName?.trim() || email,
        companyName: null,
        email,
      };
    }
    if (input.guest && input.tenantId)
      throw DomainError.invalid(EventsError.TenantAndGuestBoth, 'guest', 'Give either tenantId or guest, not both.');
    if (input.guest)
      return {
        tenantId: null,
        userId: null,
        attendeeName: input.guest.name.trim(),
        companyName: input.guest.company?.trim() || null,
        email: input.guest.email.toLowerCase(),
      };
    if (!input.tenantId)
      throw DomainError.invalid(EventsError.AttendeeMissing, 'tenantId', 'Give tenantId (a tenant attendee) or guest.');
    if (!input.attendeeName)
      throw DomainError.invalid(
        EventsError.AttendeeNameRequired,
        'attendeeName',
        'attendeeName is required for a tenant attendee.',
      );
    try {
      await this.tenants.load(em, facilityId, input.tenantId);
    } catch (e) {
      if (e instanceof DomainError && e.code === ErrorCode.NotFound)
        throw DomainError.invalid(
          EventsError.TenantNotInFacility,
          'tenantId',
          'tenantId must name a tenant of this facility.',
        );
      throw e;
    }
    return {
      tenantId: input.tenantId,
      userId: null,
      attendeeName: input.attendeeName.trim(),
      companyName: null,
      email: input.email?.toLowerCase() ?? null,
    };
  }
}
