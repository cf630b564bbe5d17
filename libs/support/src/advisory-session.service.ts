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
  assertTenantBookingTimes,
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
import { SupportReader, confinedToOwnSessions, sessionViewFor } from './support-reader';
import { SupportError } from './errors';

/** Who is acting: the user, their roles, and for tenant users the tenant they are confined to. */
export type SessionActor = SupportReader;

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

// The summary is the facility's official record of a session: staff write it, tenants only read it.
const TENANT_FORBIDDEN: (keyof SessionInput)[] = [
  'notes',
  'summary',
  'staffId',
  'status',
  'minutesSpent',
  'followUps',
  'channel',
];

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

/** An open follow-up action of a session that falls due (reminders). */
export interface DueFollowUp {
  sessionId: string;
  tenantId: string;
  advisorId: string | null;
  staffId: string | null;
  index: number;
  action: string;
  /** 'tenant', 'staff', 'advisor' or a person's name. */
  owner: string;
  dueOn: string;
}

@Injectable()
export class AdvisorySessionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly refs: SupportReferences,
    private readonly settings: SupportSettingsService,
  ) {}

  /**
   * Lists sessions, newest first, as the reader may see them: tenant users only their own
   * tenant's, advisors only their own sessions, notes only for those who may read them.
   */
  async list(
    facilityId: string,
    query: SessionListQuery,
    reader: SupportReader,
  ): Promise<{ items: AdvisorySession[]; total: number }> {
    const page = await this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(AdvisorySession, 's').where('s.facility_id = :facilityId', { facilityId });
      if (confinedToOwnSessions(reader)) {
        qb.andWhere(
          '(s.staff_id = :me OR s.advisor_id IN (SELECT o.id FROM advisors o WHERE o.facility_id = s.facility_id AND o.user_id = :me))',
          { me: reader.userId },
        );
      }
      const tenantId = reader.ownTenantId ?? query.tenantId;
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
    return { items: page.items.map((x) => sessionViewFor(x, reader)), total: page.total };
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

  /** One session as the reader may see it; ids they may not see (other facilities, tenants, advisors) are 404. */
  async get(facilityId: string, id: string, reader: SupportReader): Promise<AdvisorySession> {
    return sessionViewFor(await this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id, reader)), reader);
  }

  /** Books an appointment or logs a consultation. */
  async create(facilityId: string, actor: SessionActor, input: SessionInput): Promise<AdvisorySession> {
    const tenantUser = actor.ownTenantId !== null;
    if (tenantUser) assertTenantInput(input, actor.ownTenantId!);
    const kind = parseOneOf(input.kind ?? 'appointment', SESSION_KINDS, 'kind');
    const times = assertSessionTimes(input.startsAt, input.endsAt);
    if (tenantUser) assertTenantBookingTimes(times, clockNow());
    const tenantId = tenantUser ? actor.ownTenantId! : input.tenantId;
    if (!tenantId) throw DomainError.invalid(SupportError.TenantRequired, 'tenantId', 'tenantId is required.');
    const id = await this.guardDoubleBooking(() =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          await this.refs.tenant(em, facilityId, tenantId);
          await this.refs.staff(em, facilityId, input.staffId, 'staffId');
          const advisor = await this.refs.advisor(em, facilityId, input.advisorId);
          const staffId = input.staffId ?? (tenantUser ? null : actor.userId);
          if (!(await this.ownsIfConfined(em, facilityId, { staffId, advisorId: advisor?.id ?? null }, actor))) {
            throw new DomainError(
              ErrorCode.Forbidden,
              SupportError.AdvisorOwnSessionsOnly,
              'Advisors record their own sessions only.',
            );
          }
          const session = em.create(AdvisorySession, {
            facilityId,
            kind,
            tenantId,
            advisorId: advisor?.id ?? null,
            staffId,
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
            if (!advisor)
              throw DomainError.invalid(
                SupportError.AppointmentNeedsAdvisor,
                'advisorId',
                'An appointment needs an advisor.',
              );
            if (!advisor.active)
              throw DomainError.invalid(
                SupportError.AdvisorNotTakingSessions,
                'advisorId',
                'This advisor is not taking sessions.',
              );
            session.mode = parseOneOf(input.mode ?? 'onsite', SESSION_MODES, 'mode');
            session.channel = null;
            session.status = parseOneOf(input.status ?? 'booked', SESSION_STATUSES, 'status');
            const tz = await facilityTimeZone(em, facilityId);
            if (tenantUser && !fitsAvailability(advisor.availability, times.startsAt, times.endsAt, tz)) {
              throw DomainError.invalid(
                SupportError.OutsideFreeSlots,
                'startsAt',
                "This time is outside the advisor's free slots.",
              );
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
    return this.get(facilityId, id, actor);
  }

  /** Reschedules or records a session. Tenant users may only move their own booking, up to the cut-off. */
  async update(facilityId: string, actor: SessionActor, id: string, patch: SessionPatch): Promise<AdvisorySession> {
    const tenantUser = actor.ownTenantId !== null;
    if (tenantUser) {
      const refused = Object.keys(patch).filter((k) => !['startsAt', 'endsAt'].includes(k));
      if (refused.length > 0)
        throw DomainError.invalid(
          SupportError.TenantMayOnlyMove,
          refused[0],
          `Tenant users can only move a booking (startsAt, endsAt).`,
        );
    }
    await this.guardDoubleBooking(() =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          const s = await this.load(em, facilityId, id, actor);
          const tz = await facilityTimeZone(em, facilityId);
          if (patch.startsAt !== undefined || patch.endsAt !== undefined) {
            if (s.status !== 'booked')
              throw DomainError.conflict(
                SupportError.OnlyBookedMovable,
                `Only a booked session can be moved; this one is ${s.status}.`,
                { sessionStatus: s.status },
              );
            const settings = await this.settings.read(em, facilityId);
            if (tenantUser) assertTenantMayChange(s.startsAt, new Date(), settings.tenantCancelHours);
            const times = assertSessionTimes(
              patch.startsAt ?? s.startsAt.toISOString(),
              patch.endsAt ?? s.endsAt.toISOString(),
            );
            if (tenantUser) assertTenantBookingTimes(times, clockNow());
            const advisor = s.advisorId ? await em.findOneByOrFail(Advisor, { facilityId, id: s.advisorId }) : null;
            if (tenantUser && advisor && !fitsAvailability(advisor.availability, times.startsAt, times.endsAt, tz)) {
              throw DomainError.invalid(
                SupportError.OutsideFreeSlots,
                'startsAt',
                "This time is outside the advisor's free slots.",
              );
            }
            Object.assign(s, times);
          }
          if (patch.staffId !== undefined) {
            await this.refs.staff(em, facilityId, patch.staffId, 'staffId');
            if (!(await this.ownsIfConfined(em, facilityId, { ...s, staffId: patch.staffId }, actor))) {
              throw new DomainError(
                ErrorCode.Forbidden,
                SupportError.AdvisorCannotReassign,
                'Advisors cannot hand their session to someone else.',
              );
            }
          }
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
    return this.get(facilityId, id, actor);
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
    if (tenantUser && to !== 'cancelled')
      throw DomainError.invalid(SupportError.TenantMayOnlyCancel, 'to', 'Tenant users can only cancel a booking.');
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const s = await this.load(em, facilityId, id, actor);
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
    return this.get(facilityId, id, actor);
  }

  /** The tenant's free-session position in a fiscal year (default: the current one, facility time). */
  quota(facilityId: string, tenantId: string, ownTenantId: string | null, fiscalYear?: number): Promise<AdvisoryQuota> {
    return this.tx.inFacility(facilityId, async (em) => {
      if (ownTenantId !== null && ownTenantId !== tenantId)
        throw DomainError.notFound(SupportError.TenantNotFound, 'Tenant', tenantId);
      const tenant = await this.refs.tenant(em, facilityId, tenantId, 'id').catch(() => {
        throw DomainError.notFound(SupportError.TenantNotFound, 'Tenant', tenantId);
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

  /** Loads a session the reader may see inside an open transaction; any other is 404. */
  async load(em: EntityManager, facilityId: string, id: string, reader: SupportReader): Promise<AdvisorySession> {
    const s = await em.findOneBy(AdvisorySession, { facilityId, id });
    const tenantOk = s && (reader.ownTenantId === null || s.tenantId === reader.ownTenantId);
    if (!s || !tenantOk || !(await this.ownsIfConfined(em, facilityId, s, reader))) {
      throw DomainError.notFound(SupportError.AdvisorySessionNotFound, 'Advisory session', id);
    }
    return s;
  }

  /** True unless the reader is an advisor confined to own sessions and this one is someone else's. */
  private async ownsIfConfined(
    em: EntityManager,
    facilityId: string,
    s: { staffId: string | null; advisorId: string | null },
    reader: SupportReader,
  ): Promise<boolean> {
    if (!confinedToOwnSessions(reader) || s.staffId === reader.userId) return true;
    if (!s.advisorId) return false;
    return (await em.countBy(Advisor, { facilityId, id: s.advisorId, userId: reader.userId })) > 0;
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

  /**
   * Open follow-up actions agreed in sessions (not cancelled) that fall due on one of `dates`, in one
   * query over the sessions' follow-up lists; `index` is the action's place in its session's list.
   */
  followUpsDueOn(facilityId: string, dates: readonly string[]): Promise<DueFollowUp[]> {
    if (dates.length === 0) return Promise.resolve([]);
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await queryRows<{
        session_id: string;
        tenant_id: string;
        advisor_id: string | null;
        staff_id: string | null;
        idx: string;
        action: string;
        owner: string;
        due_on: string;
      }>(
        em,
        `SELECT s.id AS session_id, s.tenant_id, s.advisor_id, s.staff_id, (f.idx - 1) AS idx,
                f.item->>'action' AS action, COALESCE(f.item->>'owner', '') AS owner, f.item->>'dueOn' AS due_on
           FROM advisory_sessions s
          CROSS JOIN LATERAL jsonb_array_elements(s.follow_ups) WITH ORDINALITY AS f(item, idx)
          WHERE s.facility_id = $1 AND s.status <> 'cancelled'
            AND COALESCE((f.item->>'done')::boolean, false) = false
            AND f.item->>'dueOn' = ANY($2::text[])
          ORDER BY f.item->>'dueOn', s.id, f.idx`,
        [facilityId, [...dates]],
      );
      return rows.map((r) => ({
        sessionId: r.session_id,
        tenantId: r.tenant_id,
        advisorId: r.advisor_id,
        staffId: r.staff_id,
        index: Number(r.idx),
        action: r.action,
        owner: r.owner,
        dueOn: r.due_on,
      }));
    });
  }

  private async guardDoubleBooking<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (!isPgError(e, PgErrorCode.ExclusionViolation)) throw e;
      const message = 'The advisor is already booked at an overlapping time.';
      const reason = SupportError.AdvisorDoubleBooked;
      throw new DomainError(ErrorCode.Conflict, reason, message, {
        errors: [{ field: 'startsAt', code: 'overlap', message, reason }],
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
    throw DomainError.invalid(
      SupportError.TenantBooksOwnCompany,
      'tenantId',
      'Tenant users book for their own company only.',
    );
  }
  if (input.kind !== undefined && input.kind !== 'appointment') {
    throw DomainError.invalid(
      SupportError.TenantBooksAppointmentsOnly,
      'kind',
      'Tenant users book appointments; consultations are logged by staff.',
    );
  }
  const refused = TENANT_FORBIDDEN.find((k) => input[k] !== undefined);
  if (refused)
    throw DomainError.invalid(SupportError.StaffOnlyField, refused, `${refused} is recorded by the facility's staff.`, {
      refused,
    });
}
