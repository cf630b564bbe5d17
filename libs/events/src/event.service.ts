import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager } from 'typeorm';
import { DomainError, parseInstant, clockNow } from '@tamago/core';
import { TransactionRunner, queryRows, saveScoped, saveAllScoped, removeScoped } from '@tamago/database';
import { OrganizationService } from '@tamago/partners';
import { promoteFromWaitlist } from './domain';
import { EventRegistration } from './event-registration.entity';
import { Event } from './event.entity';
import { EventInput, EventListQuery } from './event-inputs';
import { EventsError } from './errors';

/** Events of a facility: forums, exchange meetings, seminars, exhibitions. */
/** Events of one kind over a range (reports). */
export interface EventStatsRow {
  kind: string;
  events: number;
  registrations: number;
  attended: number;
}

@Injectable()
export class EventService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly organizations: OrganizationService,
  ) {}

  /** Lists events by start, with kind, period and title search. */
  list(facilityId: string, query: EventListQuery): Promise<{ items: Event[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(Event, 'e').where('e.facility_id = :facilityId', { facilityId });
      if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
      if (query.from) qb.andWhere('e.ends_at >= :from', { from: parseInstant(query.from, 'from') });
      if (query.to) qb.andWhere('e.starts_at < :to', { to: parseInstant(query.to, 'to') });
      if (query.q) {
        const like = `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
        qb.andWhere(new Brackets((w) => w.where('e.title ILIKE :like', { like }).orWhere('e.venue ILIKE :like')));
      }
      qb.orderBy('e.starts_at', 'ASC').addOrderBy('e.id', 'ASC').skip(query.offset).take(query.limit);
      const [items, total] = await qb.getManyAndCount();
      return { items, total };
    });
  }

  /** One event of the facility. */
  get(facilityId: string, id: string): Promise<Event> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /** Creates an event; co-hosts must be partner organisations of the facility. */
  create(facilityId: string, actorId: string, input: EventInput): Promise<Event> {
    const { startsAt, endsAt } = period(input.startsAt, input.endsAt);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        await this.organizations.assertKnown(em, facilityId, input.coHostIds ?? [], 'coHostIds');
        const event = em.create(Event, {
          facilityId,
          kind: input.kind,
          title: input.title.trim(),
          description: input.description ?? null,
          startsAt,
          endsAt,
          venue: input.venue ?? null,
          coHostIds: [...new Set(input.coHostIds ?? [])],
          capacity: input.capacity ?? null,
          waitlistEnabled: input.waitlistEnabled ?? false,
        });
        return em.save(event);
      },
      actorId,
    );
  }

  /**
   * Changes an event. More seats promote people from the waitlist; fewer seats than confirmed
   * registrations, or switching the waitlist off while people wait, is refused (409).
   */
  update(facilityId: string, actorId: string, id: string, patch: Partial<EventInput>): Promise<Event> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const event = await this.load(em, facilityId, id, true);
        const { startsAt, endsAt } = period(patch.startsAt ?? event.startsAt, patch.endsAt ?? event.endsAt);
        if (patch.coHostIds !== undefined) {
          await this.organizations.assertKnown(em, facilityId, patch.coHostIds, 'coHostIds');
          event.coHostIds = [...new Set(patch.coHostIds)];
        }
        for (const key of ['kind', 'title', 'description', 'venue', 'capacity', 'waitlistEnabled'] as const)
          if (patch[key] !== undefined) (event as unknown as Record<string, unknown>)[key] = patch[key];
        Object.assign(event, { startsAt, endsAt });
        await this.checkSeats(em, event);
        return saveScoped(em, facilityId, event);
      },
      actorId,
    );
  }

  /** Deletes an event and its registrations. */
  remove(facilityId: string, actorId: string, id: string): Promise<void> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const event = await this.load(em, facilityId, id, true);
        const registrations = await em.findBy(EventRegistration, { facilityId, eventId: id });
        await removeScoped(em, facilityId, registrations);
        await removeScoped(em, facilityId, event);
      },
      actorId,
    );
  }

  /** Loads an event inside an open transaction; `lock` takes the row (SELECT … FOR UPDATE). */
  async load(em: EntityManager, facilityId: string, id: string, lock = false): Promise<Event> {
    const event = await em.findOne(Event, {
      where: { facilityId, id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!event) throw DomainError.notFound(EventsError.EventNotFound, 'Event', id);
    return event;
  }

  private async checkSeats(em: EntityManager, event: Event): Promise<void> {
    const live = await em.find(EventRegistration, {
      where: [
        { facilityId: event.facilityId, eventId: event.id, status: 'confirmed' },
        { facilityId: event.facilityId, eventId: event.id, status: 'waitlisted' },
      ],
    });
    const confirmed = live.filter((r) => r.status === 'confirmed').length;
    if (event.capacity !== null && event.capacity < confirmed)
      throw DomainError.conflict(
        EventsError.CapacityBelowConfirmed,
        `${confirmed} registrations are confirmed; capacity cannot go below that.`,
        { confirmed },
        {
          confirmed,
        },
      );
    if (!event.waitlistEnabled && live.some((r) => r.status === 'waitlisted'))
      throw DomainError.conflict(
        EventsError.WaitlistNotEmpty,
        'People are on the waitlist; confirm or cancel them before switching it off.',
      );
    const promote = new Set(promoteFromWaitlist(live, event.capacity));
    const promoted = live.filter((r) => promote.has(r.id));
    const now = clockNow();
    promoted.forEach((r) => Object.assign(r, { status: 'confirmed', promotedAt: now }));
    await saveAllScoped(em, event.facilityId, promoted);
  }

  /** Events starting in [from, to) per kind: events held, registrations (not cancelled) and check-ins, in one query. */
  statsBetween(facilityId: string, from: Date, to: Date): Promise<EventStatsRow[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await queryRows<{ kind: string; events: number; registrations: number; attended: number }>(
        em,
        `SELECT e.kind, COUNT(DISTINCT e.id)::int AS events,
                COUNT(r.id) FILTER (WHERE r.status <> 'cancelled')::int AS registrations,
                COUNT(r.id) FILTER (WHERE r.checked_in_at IS NOT NULL)::int AS attended
           FROM events e LEFT JOIN event_registrations r ON r.event_id = e.id AND r.facility_id = e.facility_id
          WHERE e.facility_id = $1 AND e.starts_at >= $2 AND e.starts_at < $3
          GROUP BY e.kind ORDER BY e.kind`,
        [facilityId, from, to],
      );
      return rows.map((r) => ({
        kind: r.kind,
        events: Number(r.events),
        registrations: Number(r.registrations),
        attended: Number(r.attended),
      }));
    });
  }
}

function period(startsAtRaw: string | Date, endsAtRaw: string | Date): { startsAt: Date; endsAt: Date } {
  const startsAt = parseInstant(startsAtRaw, 'startsAt');
  const endsAt = parseInstant(endsAtRaw, 'endsAt');
  if (endsAt <= startsAt)
    throw DomainError.invalid(EventsError.EndsBeforeStarts, 'endsAt', 'endsAt must be after startsAt.');
  return { startsAt, endsAt };
}
