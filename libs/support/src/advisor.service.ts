import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, saveScoped, removeScoped } from '@tamago/database';
import { ADVISOR_KINDS, freeSlots, parseAvailability, parseFreeSlotRange, parseOneOf, zonedInstant } from './domain';
import type { OpenSlot } from './domain';
import { Advisor } from './advisor.entity';
import { AdvisorySession } from './advisory-session.entity';
import { facilityTimeZone } from '@tamago/facilities';
import { ORGANIZATION_DIRECTORY, OrganizationDirectory } from './organization-directory';
import { SupportReferences } from './support-references';
import { AdvisorInput, AdvisorListQuery } from './support-input';
import { SupportError } from './errors';

/** An advisor's bookable slots over a range of local dates. */
export interface AdvisorFreeSlots {
  advisorId: string;
  timeZone: string;
  durationMinutes: number;
  items: OpenSlot[];
  total: number;
}

/** Advisors: staff and partner experts with expertise tags and availability. */
@Injectable()
export class AdvisorService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly refs: SupportReferences,
    @Optional() @Inject(ORGANIZATION_DIRECTORY) private readonly organizations?: OrganizationDirectory,
  ) {}

  /** Lists advisors by name, filtered by expertise tag, kind, organisation or active flag. */
  list(facilityId: string, query: AdvisorListQuery): Promise<{ items: Advisor[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(Advisor, 'a').where('a.facility_id = :facilityId', { facilityId });
      if (query.expertise) qb.andWhere(':tag = ANY(a.expertise)', { tag: query.expertise });
      if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
      if (query.organizationId) qb.andWhere('a.organization_id = :org', { org: query.organizationId });
      if (query.active !== undefined) qb.andWhere('a.active = :active', { active: query.active });
      const [items, total] = await qb
        .orderBy('a.name')
        .addOrderBy('a.id')
        .skip(query.offset)
        .take(query.limit)
        .getManyAndCount();
      return { items, total };
    });
  }

  /** One advisor of the facility. */
  get(facilityId: string, id: string): Promise<Advisor> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /**
   * The advisor's availability on local dates from..to cut into slots of durationMinutes, without
   * slots taken by a session that is not cancelled and without slots starting before `now`.
   * An inactive advisor takes no bookings, so has no free slots.
   */
  freeSlots(
    facilityId: string,
    id: string,
    query: { from?: unknown; to?: unknown; durationMinutes?: unknown },
    now: Date = new Date(),
  ): Promise<AdvisorFreeSlots> {
    const range = parseFreeSlotRange(query.from, query.to, query.durationMinutes);
    return this.tx.inFacility(facilityId, async (em) => {
      const advisor = await this.load(em, facilityId, id);
      const timeZone = await facilityTimeZone(em, facilityId);
      // Consultations are counted too: the advisor is busy then, even though the database would allow a booking.
      const busy = await em
        .createQueryBuilder(AdvisorySession, 's')
        .select(['s.startsAt', 's.endsAt'])
        .where('s.facility_id = :facilityId AND s.advisor_id = :id', { facilityId, id })
        .andWhere("s.status <> 'cancelled'")
        .andWhere('s.starts_at < :end AND s.ends_at > :start', {
          start: zonedInstant(range.from, 0, timeZone),
          // A slot starting late on the last day may run past midnight.
          end: zonedInstant(range.to, 24 * 60 + range.durationMinutes, timeZone),
        })
        .getMany();
      const items = advisor.active ? freeSlots(advisor.availability, busy, range, timeZone, now) : [];
      return { advisorId: id, timeZone, durationMinutes: range.durationMinutes, items, total: items.length };
    });
  }

  /** Creates an advisor. */
  async create(facilityId: string, actorId: string, input: AdvisorInput): Promise<Advisor> {
    const id = await this.tx.inFacility(
      facilityId,
      async (em) => {
        const advisor = em.create(Advisor, {
          facilityId,
          organizationId: null,
          userId: null,
          email: null,
          expertise: [],
          availability: { weekly: [], slots: [] },
          active: true,
        });
        await this.apply(em, facilityId, advisor, input);
        await em.save(advisor);
        return advisor.id;
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Changes an advisor. */
  async update(facilityId: string, actorId: string, id: string, patch: Partial<AdvisorInput>): Promise<Advisor> {
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const advisor = await this.load(em, facilityId, id);
        await this.apply(em, facilityId, advisor, patch);
        await saveScoped(em, facilityId, advisor);
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Deletes an advisor without sessions; one with sessions is refused (409): deactivate it instead. */
  async remove(facilityId: string, actorId: string, id: string): Promise<void> {
    try {
      await this.tx.inFacility(
        facilityId,
        async (em) => removeScoped(em, facilityId, await this.load(em, facilityId, id)),
        actorId,
      );
    } catch (e) {
      if (isPgError(e, PgErrorCode.ForeignKeyViolation)) {
        throw DomainError.conflict(
          SupportError.AdvisorHasSessions,
          'This advisor has sessions and cannot be deleted; set active to false instead.',
        );
      }
      throw e;
    }
  }

  /** Loads an advisor inside an open transaction; NotFound for other facilities' ids. */
  async load(em: EntityManager, facilityId: string, id: string): Promise<Advisor> {
    const advisor = await em.findOneBy(Advisor, { facilityId, id });
    if (!advisor) throw DomainError.notFound(SupportError.AdvisorNotFound, 'Advisor', id);
    return advisor;
  }

  private async apply(
    em: EntityManager,
    facilityId: string,
    advisor: Advisor,
    input: Partial<AdvisorInput>,
  ): Promise<void> {
    if (input.name !== undefined) advisor.name = input.name.trim();
    if (input.kind !== undefined) advisor.kind = parseOneOf(input.kind, ADVISOR_KINDS, 'kind');
    if (input.organizationId) {
      if (!this.organizations)
        throw DomainError.invalid(
          SupportError.PartnersUnavailable,
          'organizationId',
          'Partner organisations are not available.',
        );
      await this.organizations.assertKnown(em, facilityId, [input.organizationId], 'organizationId');
    }
    if (input.organizationId !== undefined) advisor.organizationId = input.organizationId;
    if (input.userId) await this.refs.staff(em, facilityId, input.userId, 'userId');
    if (input.userId !== undefined) advisor.userId = input.userId;
    if (input.email !== undefined) advisor.email = input.email;
    if (input.expertise !== undefined) advisor.expertise = [...new Set(input.expertise.map((t) => t.trim()))];
    if (input.availability !== undefined) advisor.availability = parseAvailability(input.availability);
    if (input.active !== undefined) advisor.active = input.active;
  }
}
