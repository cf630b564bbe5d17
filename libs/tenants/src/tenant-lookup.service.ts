import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { DomainError, parseIsoDate } from '@tamago/core';
import { queryRows, TransactionRunner } from '@tamago/database';
import type { TenantDirectory } from '@tamago/identity';
import { followUpEndsOn, type TenantKind, type TenantStatus } from './domain';
import { assertTenantAcceptsUsers, isUuid } from './tenant-guards';
import { Tenant } from './tenant.entity';
import { TenantsError } from './errors';

/** What other contexts may know of a tenant without holding its entity. */
export interface TenantSummary {
  id: string;
  name: string;
  nameKana: string;
  kind: TenantKind;
  status: TenantStatus;
}

/** Residents' movement over a range (reports). */
export interface TenantMovement {
  atStart: number;
  atEnd: number;
  entries: number;
  graduations: number;
  withdrawals: number;
  /** Active non-resident support clients today. */
  supportClients: number;
  /** Graduates within five years before the end of the range, latest first. */
  alumni: { tenantId: string; name: string; graduatedOn: string }[];
}

const SUMMARY = { id: true, name: true, nameKana: true, kind: true, status: true } as const;
/** SUMMARY's columns, a TenantSummary per row; callers add their id filter. */
const SUMMARY_SQL = `SELECT id, name, name_kana AS "nameKana", kind, status FROM tenants WHERE facility_id = $1`;

/**
 * The questions other contexts (payments, billing, leasing, kpi…) ask about tenants, answered in
 * the caller's facility transaction so a check and the write it guards commit together. Lists
 * are answered in one query, never one per row.
 */
@Injectable()
export class TenantLookup implements TenantDirectory {
  constructor(private readonly tx: TransactionRunner) {}

  /** True when `id` is a tenant of the facility. */
  async exists(em: EntityManager, facilityId: string, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    // Fixed SQL: writes of other contexts (a charge, a payment) ask this on every request.
    const rows = await queryRows<{ id: string }>(em, 'SELECT id FROM tenants WHERE facility_id = $1 AND id = $2', [
      facilityId,
      id,
    ]);
    return rows.length > 0;
  }

  /**
   * Throws unless `id` is a tenant of the facility: InvalidInput on `field` ("Tenant … does not
   * exist.") for an id from a request body, NotFound for a path id (no `field`).
   */
  async assertExists(em: EntityManager, facilityId: string, id: string, field?: string): Promise<void> {
    if (await this.exists(em, facilityId, id)) return;
    if (field === undefined) throw DomainError.notFound(TenantsError.TenantNotFound, 'Tenant', id);
    throw DomainError.invalid(TenantsError.TenantUnknown, field, `Tenant ${id} does not exist.`, { id });
  }

  /** One tenant's summary, or null when it is not a tenant of the facility. */
  async find(em: EntityManager, facilityId: string, id: string): Promise<TenantSummary | null> {
    if (!isUuid(id)) return null;
    return em.findOne(Tenant, { select: SUMMARY, where: { facilityId, id } });
  }

  /**
   * One tenant's summary, its row locked FOR SHARE until the caller commits: the tenant cannot
   * graduate or withdraw (FOR UPDATE in tenants) while a lease for it is written. Null when unknown.
   */
  async lockForLease(em: EntityManager, facilityId: string, id: string): Promise<TenantSummary | null> {
    if (!isUuid(id)) return null;
    return em.findOne(Tenant, { select: SUMMARY, where: { facilityId, id }, lock: { mode: 'pessimistic_read' } });
  }

  /**
   * Locks the tenant's row FOR UPDATE until the caller commits, so that checks over one tenant's
   * records (e.g. leasing's tenure) run one at a time.
   */
  async lockForUpdate(em: EntityManager, facilityId: string, id: string): Promise<void> {
    if (!isUuid(id)) return;
    await em.findOne(Tenant, { select: { id: true }, where: { facilityId, id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * For identity (through its TenantDirectory port): InvalidInput on `field` unless `tenantId` is
   * a tenant of the facility, Conflict when it may no longer get users. Locks the tenant row
   * FOR SHARE so it cannot leave while the user is written.
   */
  async assertAcceptsUsers(em: EntityManager, facilityId: string, tenantId: string, field: string): Promise<void> {
    const tenant = isUuid(tenantId)
      ? await em.findOne(Tenant, { where: { facilityId, id: tenantId }, lock: { mode: 'pessimistic_read' } })
      : null;
    if (!tenant)
      throw DomainError.invalid(
        TenantsError.TenantNotInFacility,
        field,
        `No tenant of this facility has id ${tenantId}.`,
        { tenantId },
      );
    assertTenantAcceptsUsers(tenant);
  }

  /** Summaries of the given tenants (every tenant of the facility when `ids` is omitted), in one query. */
  async summaries(em: EntityManager, facilityId: string, ids?: readonly string[]): Promise<TenantSummary[]> {
    // Fixed SQL, plain rows: billing asks this for every facility of a run.
    if (ids === undefined) return queryRows<TenantSummary>(em, SUMMARY_SQL, [facilityId]);
    const unique = [...new Set(ids)].filter(isUuid);
    if (unique.length === 0) return [];
    return queryRows<TenantSummary>(em, `${SUMMARY_SQL} AND id = ANY($2::uuid[])`, [facilityId, unique]);
  }

  /** Names of the given tenants (every tenant of the facility when `ids` is omitted); unknown ids are absent. */
  async namesOf(em: EntityManager, facilityId: string, ids?: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.summaries(em, facilityId, ids)).map((t) => [t.id, t.name]));
  }

  /**
   * The tenants a follow-up survey asks on or after `asOf`: active tenants and alumni whose
   * five-year follow-up has not ended by then. Archived tenants are left out. Ordered by kana.
   */
  activeAndAlumni(facilityId: string, asOf: string): Promise<Tenant[]> {
    const day = parseIsoDate(asOf, 'asOf');
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await em.find(Tenant, {
        where: [
          { facilityId, status: 'active', archivedAt: IsNull() },
          { facilityId, status: 'graduated', archivedAt: IsNull() },
        ],
        order: { nameKana: 'ASC', id: 'ASC' },
      });
      return rows.filter(
        (t) => t.status === 'active' || (t.graduatedOn !== null && followUpEndsOn(t.graduatedOn) >= day),
      );
    });
  }

  /** Non-archived tenants counted by status, in one query (dashboards and reports). */
  countByStatus(facilityId: string): Promise<Record<string, number>> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await em
        .createQueryBuilder(Tenant, 't')
        .select('t.status', 'status')
        .addSelect('COUNT(*)::int', 'count')
        .where('t.facility_id = :facilityId AND t.archived_at IS NULL', { facilityId })
        .groupBy('t.status')
        .getRawMany<{ status: string; count: number }>();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
    });
  }

  /**
   * Residents' movement over [from, to] (support clients, who rent nothing, left out): tenants in
   * residence on the first and on the last day, entries, graduations and withdrawals, and the alumni
   * still in their five-year follow-up at the end. Two queries (reports).
   */
  movementBetween(facilityId: string, from: string, to: string): Promise<TenantMovement> {
    return this.tx.inFacility(facilityId, async (em) => {
      const [row] = await queryRows<Record<string, number>>(
        em,
        `SELECT
           COUNT(*) FILTER (WHERE entered_on < $2 AND COALESCE(graduated_on, withdrawn_on, 'infinity') >= $2)::int AS at_start,
           COUNT(*) FILTER (WHERE entered_on <= $3 AND COALESCE(graduated_on, withdrawn_on, 'infinity') > $3)::int AS at_end,
           COUNT(*) FILTER (WHERE entered_on BETWEEN $2 AND $3)::int AS entries,
           COUNT(*) FILTER (WHERE graduated_on BETWEEN $2 AND $3)::int AS graduations,
           COUNT(*) FILTER (WHERE withdrawn_on BETWEEN $2 AND $3)::int AS withdrawals
           FROM tenants
          WHERE facility_id = $1 AND kind <> 'support_client' AND entered_on IS NOT NULL
            AND status IN ('active', 'graduated', 'withdrawn')`,
        [facilityId, from, to],
      );
      const alumni = await em
        .createQueryBuilder(Tenant, 't')
        .select(['t.id', 't.name', 't.graduatedOn'])
        .where('t.facility_id = :facilityId', { facilityId })
        .andWhere(
          "t.status = 'graduated' AND t.graduated_on <= :to AND t.graduated_on > (:to::date - interval '5 years')",
          {
            to,
          },
        )
        .orderBy('t.graduated_on', 'DESC')
        .addOrderBy('t.name_kana', 'ASC')
        .getMany();
      const [clients] = await queryRows<{ n: number }>(
        em,
        `SELECT COUNT(*)::int AS n FROM tenants WHERE facility_id = $1 AND kind = 'support_client' AND status = 'active' AND archived_at IS NULL`,
        [facilityId],
      );
      return {
        atStart: Number(row.at_start),
        atEnd: Number(row.at_end),
        entries: Number(row.entries),
        graduations: Number(row.graduations),
        withdrawals: Number(row.withdrawals),
        supportClients: Number(clients.n),
        alumni: alumni.map((t) => ({ tenantId: t.id, name: t.name, graduatedOn: t.graduatedOn! })),
      };
    });
  }
}
