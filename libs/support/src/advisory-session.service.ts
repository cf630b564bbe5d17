import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { facilityFiscalYearStart } from '@tamago/billing';
import { DomainError, ErrorCode, addDays, dateInZone, fiscalYearOf, fiscalYearRange, clockNow } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, queryRows, saveScoped } from '@tamago/database';
import {
  CONSULTATION_CHANNELS,
  SESSION_KINDS,
  SESSION_MODES,
  SESSION_STATUSES,
  SESSION_TOPICS,
  assertSessionAllowed,
  assertSessionTimes,
  assertSessionTransition,
  assertTenantMayChange,
  countInFiscalYear,
  fitsAvailability,
  parseOneOf,
  quotaStatus,
  type QuotaStatus,
} from './domain';
import { AdvisorySession } from './advisory-session.entity';
import { Advisor } from './advisor.entity';
import { facilityTimeZone } from '@tamago/facilities';
import { SupportReferences } from './support-references';
import { SessionInput, SessionListQuery, SessionPatch, SessionTransition } from './support-input';
import { SupportSettingsService } from './support-settings.service';

/** Who is acting: the user, and for tenant users the tenant they are confined to. */
export interface SessionActor {
  userId: string;
  ownTenantId: string | null;
}

/** A tenant's free-session position in one fiscal year. */
export interface AdvisoryQuota extends QuotaStatus {
  tenantId: string;
  fiscalYear: number;
  policy: 'refuse' | 'chargeable';
  chargeableSessions: number;
}

/** Per staff member and kind: sessions held (not cancelled) and minutes spent, in one fiscal year. */
export interface SessionStatsRow {
  staffId: string | null;
  kind: string;
  sessions: number;
  minutes: number;
}

const TENANT_FORBIDDEN: (keyof SessionInput)[] = ['notes', 'staffId', 'status', 'minutesSpent', 'followUps', 'channel'];

/**
 * The case log: advisory sessions (booked with an advisor; never double-booked, enforced by
 * PostgreSQL) and consultations without appointment. Tenant users book and cancel their own
 * appointments within the advisor's availability and the facility's quota and cut-off rules.
 */
/** Sessions of one advisor, topic and kind over a range (reports). */
export interface SessionCountRow {
  advisorId: string | null;
  advisorName: string | null;
  topic: string;
  kind: string;
  sessions: number;
  minutes: number;
}

@Injectable()
export class AdvisorySessionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly refs: SupportReferences,
    private readonly settings: SupportSettingsService,
  ) {}

  /** Lists sessions, newest first; tenant users see only their own tenant's. */
  list(
    facilityId: string,
    query: SessionListQuery,
    ownTenantId: string | null,
  ): Promise<{ items: AdvisorySession[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(AdvisorySession, 's').where('s.facility_id = :facilityId', { facilityId });
      const tenantId = ownTenantId ?? query.tenantId;
      if (tenantId) qb.andWhere('s.tenant_id = :tenantId', { tenantId });
      if (query.advisorId) qb.andWhere('s.advisor_id = :advisorId', { advisorId: query.advisorId });
      if (query.staffId) qb.andWhere('s.staff_id = :staffId', { staffId: query.staffId });
      if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
      if (query.status) qb.andWhere('s.status = :status', { status: query.status });
      if (query.from) qb.andWhere('s.starts_at >= :from', { from: query.from });
      if (query.to) qb.andWhere('s.starts_at < :to', { to: query.to });
      const [items, total] = await qb
        .orderBy('s.starts_at', 'DESC')
        .addOrderBy('s.id')
        .skip(query.offset)
        .take(query.limit)
        .getManyAndCount();
      return { items, total };
    });
  }

  /** Sessions starting in [from, to) that are not cancelled, with their advisor, earliest first (one query). */
  between(facilityId: string, from: Date, to: Date): Promise<AdvisorySession[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em
        .createQueryBuilder(AdvisorySession, 's')
        .leftJoinAndSelect('s.advisor', 'a')
        .where('s.facility_id = :facilityId', { facilityId })
        .andWhere("s.status <> 'cancelled'")
        .andWhere('s.starts_at >= :from AND s.starts_at < :to', { from, to })
        .orderBy('s.starts_at', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .getMany(),
    );
  }

  /** One session; other facilities' (and for tenant users other tenants') ids are 404. */
  get(facilityId: string, id: string, ownTenantId: string | null): Promise<AdvisorySession> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id, ownTenantId));
  }

  /** Books an appointment or logs a consultation. */
  async create(facilityId: string, actor: SessionActor, input: SessionInput): Promise<AdvisorySession> {
    const tenantUser = actor.ownTenantId !== null;
    if (tenantUser) assertTenantInput(input, actor.ownTenantId!);
    const kind = parseOneOf(input.kind ?? 'appointment', SESSION_KINDS, 'kind');
    const times = assertSessionTimes(input.startsAt, input.endsAt);
    const tenantId = tenantUser ? actor.ownTenantId! : input.tenantId;
    if (!tenantId) throw DomainError.invalid('tenantId', 'tenantId is required.');
    const id = await this.guardDoubleBooking(() =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          await this.refs.tenant(em, facilityId, tenantId);
          await this.refs.staff(em, facilityId, input.staffId, 'staffId');
          const advisor = await this.refs.advisor(em, facilityId, input.advisorId);
          const session = em.create(AdvisorySession, {
            facilityId,
            kind,
            tenantId,
            advisorId: advisor?.id ?? null,
            staffId: input.staffId ?? (tenantUser ? null : actor.userId),
            ...times,
            topic: parseOneOf(input.topic, SESSION_TOPICS, 'topic'),
            notes: input.notes ?? null,
            summary: input.summary ?? null,
            minutesSpent: input.minutesSpent ?? null,
            followUps: input.followUps ?? [],
            chargeable: false,
            bookedBy: tenantUser ? 'tenant' : 'staff',
            cancelledAt: null,
            cancelReason: null,
            createdBy: actor.userId,
          });
          if (kind === 'appointment') {
            if (!advisor) throw DomainError.invalid('advisorId', 'An appointment needs an advisor.');
            if (!advisor.active) throw DomainError.invalid('advisorId', 'This advisor is not taking sessions.');
            session.mode = parseOneOf(input.mode ?? 'onsite', SESSION_MODES, 'mode');
            session.channel = null;
            session.status = parseOneOf(input.status ?? 'booked', SESSION_STATUSES, 'status');
            const tz = await facilityTimeZone(em, facilityId);
            if (tenantUser && !fitsAvailability(advisor.availability, times.startsAt, times.endsAt, tz)) {
              throw DomainError.invalid('startsAt', "This time is outside the advisor's free slots.");
            }
            session.chargeable = await this.quotaCheck(
              em,
              facilityId,
              session,
              advisor,
              tz,
              tenantUser,
              input.acceptCharge,
            );
          } else {
            session.channel = parseOneOf(input.channel, CONSULTATION_CHANNELS, 'channel');
            session.mode = null;
            session.status = parseOneOf(input.status ?? 'completed', SESSION_STATUSES, 'status');
          }
          await em.save(session);
          return session.id;
        },
        actor.userId,
      ),
    );
    return this.get(facilityId, id, actor.ownTenantId);
  }

  /** Reschedules or records a session. Tenant users may only move their own booking, up to the cut-off. */
  async update(facilityId: string, actor: SessionActor, id: string, patch: SessionPatch): Promise<AdvisorySession> {
    const tenantUser = actor.ownTenantId !== null;
    if (tenantUser) {
      const refused = Object.keys(patch).filter((k) => !['startsAt', 'endsAt'].includes(k));
      if (refused.length > 0)
        throw DomainError.invalid(refused[0], `Tenant users can only move a booking (startsAt, endsAt).`);
    }
    await this.guardDoubleBooking(() =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          const s = await this.load(em, facilityId, id, actor.ownTenantId);
          const tz = await facilityTimeZone(em, facilityId);
          if (patch.startsAt !== undefined || patch.endsAt !== undefined) {
            if (s.status !== 'booked')
              throw DomainError.conflict(`Only a booked session can be moved; this one is ${s.status}.`);
            const settings = await this.settings.read(em, facilityId);
            if (tenantUser) assertTenantMayChange(s.startsAt, new Date(), settings.tenantCancelHours);
            const times = assertSessionTimes(
              patch.startsAt ?? s.startsAt.toISOString(),
              patch.endsAt ?? s.endsAt.toISOString(),
            );
            const advisor = s.advisorId ? await em.findOneByOrFail(Advisor, { facilityId, id: s.advisorId }) : null;
            if (tenantUser && advisor && !fitsAvailability(advisor.availability, times.startsAt, times.endsAt, tz)) {
              throw DomainError.invalid('startsAt', "This time is outside the advisor's free slots.");
            }
            Object.assign(s, times);
          }
          if (patch.staffId !== undefined) await this.refs.staff(em, facilityId, patch.staffId, 'staffId');
          if (patch.mode !== undefined)
            s.mode = patch.mode === null ? null : parseOneOf(patch.mode, SESSION_MODES, 'mode');
          if (patch.channel !== undefined) {
            s.channel = patch.channel === null ? null : parseOneOf(patch.channel, CONSULTATION_CHANNELS, 'channel');
          }
          if (patch.topic !== undefined) s.topic = parseOneOf(patch.topic, SESSION_TOPICS, 'topic');
          for (const k of ['notes', 'summary', 'minutesSpent', 'followUps', 'staffId'] as const) {
            if (patch[k] !== undefined) (s as unknown as Record<string, unknown>)[k] = patch[k];
          }
          await saveScoped(em, facilityId, s);
        },
        actor.userId,
      ),
    );
    return this.get(facilityId, id, actor.ownTenantId);
  }

  /** booked → completed | cancelled | no_show; tenant users may only cancel, up to the cut-off. */
  async transition(
    facilityId: string,
    actor: SessionActor,
    id: string,
    step: SessionTransition,
  ): Promise<AdvisorySession> {
    const to = parseOneOf(step.to, SESSION_STATUSES, 'to');
    const tenantUser = actor.ownTenantId !== null;
    if (tenantUser && to !== 'cancelled') throw DomainError.invalid('to', 'Tenant users can only cancel a booking.');
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const s = await this.load(em, facilityId, id, actor.ownTenantId);
        assertSessionTransition(s.status, to);
        if (tenantUser) {
          const settings = await this.settings.read(em, facilityId);
          assertTenantMayChange(s.startsAt, new Date(), settings.tenantCancelHours);
        }
        if (to === 'cancelled') {
          s.cancelledAt = clockNow();
          s.cancelReason = step.reason ?? null;
        }
        if (step.minutesSpent !== undefined && !tenantUser) s.minutesSpent = step.minutesSpent;
        s.status = to;
        await saveScoped(em, facilityId, s);
      },
      actor.userId,
    );
    return this.get(facilityId, id, actor.ownTenantId);
  }

  /** The tenant's free-session position in a fiscal year (default: the current one, facility time). */
  quota(facilityId: string, tenantId: string, ownTenantId: string | null, fiscalYear?: number): Promise<AdvisoryQuota> {
    return this.tx.inFacility(facilityId, async (em) => {
      if (ownTenantId !== null && ownTenantId !== tenantId) throw DomainError.notFound('Tenant', tenantId);
      const tenant = await this.refs.tenant(em, facilityId, tenantId, 'id').catch(() => {
        throw DomainError.notFound('Tenant', tenantId);
      });
      const tz = await facilityTimeZone(em, facilityId);
      const start = await facilityFiscalYearStart(em, facilityId);
      const fy = fiscalYear ?? fiscalYearOf(dateInZone(clockNow(), tz), start);
      const settings = await this.settings.read(em, facilityId);
      const sessions = await this.expertSessions(em, facilityId, tenant.id, fy, start);
      const free = sessions.filter((s) => !s.chargeable);
      const used = countInFiscalYear(free, fy, tz, start);
      return {
        tenantId,
        fiscalYear: fy,
        policy: settings.quotaPolicy,
        chargeableSessions: countInFiscalYear(
          sessions.filter((s) => s.chargeable),
          fy,
          tz,
          start,
        ),
        ...quotaStatus(used, settings.freeSessionsPerYear, settings.quotaPolicy),
      };
    });
  }

  /** Sessions (not cancelled) and minutes per staff member and kind in a fiscal year (facility time). */
  stats(facilityId: string, year?: number): Promise<{ fiscalYear: number; items: SessionStatsRow[] }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const tz = await facilityTimeZone(em, facilityId);
      const start = await facilityFiscalYearStart(em, facilityId);
      const fiscalYear = year ?? fiscalYearOf(dateInZone(clockNow(), tz), start);
      const range = fiscalYearRange(fiscalYear, start);
      const rows = await queryRows<{ staff_id: string | null; kind: string; sessions: number; minutes: number }>(
        em,
        `SELECT staff_id, kind, count(*)::int AS sessions,
                COALESCE(sum(COALESCE(minutes_spent, (extract(epoch FROM ends_at - starts_at) / 60)::int)), 0)::int AS minutes
           FROM advisory_sessions
          WHERE facility_id = $1 AND status <> 'cancelled'
            AND starts_at >= ($2::date::timestamp AT TIME ZONE $4) AND starts_at < ($3::date::timestamp AT TIME ZONE $4)
          GROUP BY staff_id, kind
          ORDER BY staff_id NULLS LAST, kind`,
        [facilityId, range.start, addDays(range.end, 1), tz],
      );
      return {
        fiscalYear,
        items: rows.map((r) => ({ staffId: r.staff_id, kind: r.kind, sessions: r.sessions, minutes: r.minutes })),
      };
    });
  }

  /** Loads a session inside an open transaction. */
  async load(em: EntityManager, facilityId: string, id: string, ownTenantId: string | null): Promise<AdvisorySession> {
    const s = await em.findOneBy(AdvisorySession, { facilityId, id });
    if (!s || (ownTenantId !== null && s.tenantId !== ownTenantId)) throw DomainError.notFound('Advisory session', id);
    return s;
  }

  /**
   * Applies the free quota to expert sessions (appointments with a non-staff advisor). A lock per
   * tenant serialises concurrent bookings so two cannot both take the last free session.
   */
  private async quotaCheck(
    em: EntityManager,
    facilityId: string,
    session: AdvisorySession,
    advisor: Advisor,
    tz: string,
    tenantUser: boolean,
    acceptCharge: boolean | undefined,
  ): Promise<boolean> {
    if (advisor.kind === 'staff' || session.status === 'cancelled') return false;
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`advisory-quota:${facilityId}:${session.tenantId}`]);
    const start = await facilityFiscalYearStart(em, facilityId);
    const fy = fiscalYearOf(dateInZone(session.startsAt, tz), start);
    const settings = await this.settings.read(em, facilityId);
    const sessions = await this.expertSessions(em, facilityId, session.tenantId, fy, start);
    const used = countInFiscalYear(
      sessions.filter((s) => !s.chargeable),
      fy,
      tz,
      start,
    );
    // Staff decide on the spot; a tenant must accept the charge explicitly.
    const status = assertSessionAllowed(
      used,
      settings.freeSessionsPerYear,
      settings.quotaPolicy,
      tenantUser ? (acceptCharge ?? false) : true,
    );
    return status.chargeable;
  }

  /** The tenant's expert appointments that are not cancelled, around fiscal year `fy` (counted exactly by the caller). */
  private expertSessions(em: EntityManager, facilityId: string, tenantId: string, fy: number, startMonth: number) {
    const range = fiscalYearRange(fy, startMonth);
    // A day of margin on each side; countInFiscalYear judges the exact boundary in the facility's zone.
    return queryRows<{ startsAt: Date; chargeable: boolean }>(
      em,
      `SELECT s.starts_at AS "startsAt", s.chargeable
         FROM advisory_sessions s JOIN advisors a ON a.id = s.advisor_id AND a.facility_id = s.facility_id
        WHERE s.facility_id = $1 AND s.tenant_id = $2 AND s.kind = 'appointment' AND s.status <> 'cancelled'
          AND a.kind <> 'staff' AND s.starts_at >= $3::date - 1 AND s.starts_at < $4::date + 2`,
      [facilityId, tenantId, range.start, range.end],
    );
  }

  /** Booked appointments that start on a local date of the facility (for the day-before reminder). */
  startingOn(facilityId: string, date: string, timeZone: string): Promise<AdvisorySession[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em
        .createQueryBuilder(AdvisorySession, 's')
        .where("s.facility_id = :facilityId AND s.kind = 'appointment' AND s.status = 'booked'", { facilityId })
        .andWhere('CAST(s.starts_at AT TIME ZONE :tz AS date) = :day', { tz: timeZone, day: date })
        .orderBy('s.starts_at', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .getMany(),
    );
  }

  private async guardDoubleBooking<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (!isPgError(e, PgErrorCode.ExclusionViolation)) throw e;
      const message = 'The advisor is already booked at an overlapping time.';
      throw new DomainError(ErrorCode.Conflict, message, {
        errors: [{ field: 'startsAt', code: 'overlap', message }],
        extra: { field: 'startsAt' },
      });
    }
  }

  /**
   * Sessions (not cancelled) starting in [from, to), counted per advisor and topic with the minutes
   * spent, in one grouped query (reports).
   */
  countsBetween(facilityId: string, from: Date, to: Date): Promise<SessionCountRow[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await queryRows<{
        advisor_id: string | null;
        advisor_name: string | null;
        topic: string;
        kind: string;
        sessions: number;
        minutes: string;
      }>(
        em,
        `SELECT s.advisor_id, a.name AS advisor_name, s.topic, s.kind, COUNT(*)::int AS sessions,
                COALESCE(SUM(COALESCE(s.minutes_spent, EXTRACT(EPOCH FROM (s.ends_at - s.starts_at)) / 60)), 0)::bigint AS minutes
           FROM advisory_sessions s LEFT JOIN advisors a ON a.id = s.advisor_id AND a.facility_id = s.facility_id
          WHERE s.facility_id = $1 AND s.status <> 'cancelled' AND s.starts_at >= $2 AND s.starts_at < $3
          GROUP BY s.advisor_id, a.name, s.topic, s.kind
          ORDER BY a.name NULLS LAST, s.topic, s.kind`,
        [facilityId, from, to],
      );
      return rows.map((r) => ({
        advisorId: r.advisor_id,
        advisorName: r.advisor_name,
        topic: r.topic,
        kind: r.kind,
        sessions: Number(r.sessions),
        minutes: Number(r.minutes),
      }));
    });
  }
}

function assertTenantInput(input: SessionInput, ownTenantId: string): void {
  if (input.tenantId !== undefined && input.tenantId !== ownTenantId) {
    throw DomainError.invalid('tenantId', 'Tenant users book for their own company only.');
  }
  if (input.kind !== undefined && input.kind !== 'appointment') {
    throw DomainError.invalid('kind', 'Tenant users book appointments; consultations are logged by staff.');
  }
  const refused = TENANT_FORBIDDEN.find((k) => input[k] !== undefined);
  if (refused) throw DomainError.invalid(refused, `${refused} is recorded by the facility's staff.`);
}
