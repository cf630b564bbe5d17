import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { parseIsoDate } from '@tamago/core';
import { queryRows, TransactionRunner } from '@tamago/database';
import { SpaceService } from '@tamago/spaces';
import type { OpenLease, TenantExitCheck } from '@tamago/tenants';
import { LeaseListQuery } from './lease-input';
import { LeaseSpace } from './lease-space.entity';
import { Lease } from './lease.entity';
import { withSpaceCodes } from './space-codes';

const SORTS: Record<string, [string, 'ASC' | 'DESC']> = {
  startDate: ['l.start_date', 'ASC'],
  '-startDate': ['l.start_date', 'DESC'],
  endDate: ['l.end_date', 'ASC'],
  '-endDate': ['l.end_date', 'DESC'],
};

/**
 * The questions other contexts (billing, metering, timeline, data-io, tenants' exit check…) ask
 * about leases; LeaseService keeps the lifecycle.
 */
@Injectable()
export class LeaseLookup implements TenantExitCheck {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly spaces: SpaceService,
  ) {}

  /** Lists leases with filters and paging. */
  list(facilityId: string, query: LeaseListQuery): Promise<{ items: Lease[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em
        .createQueryBuilder(Lease, 'l')
        .leftJoinAndSelect('l.spaces', 'ls')
        .where('l.facility_id = :facilityId', { facilityId });
      if (query.tenantId) qb.andWhere('l.tenant_id = :tenantId', { tenantId: query.tenantId });
      if (query.status) qb.andWhere('l.status = :status', { status: query.status });
      if (query.spaceId) {
        qb.andWhere(
          'EXISTS (SELECT 1 FROM lease_spaces x WHERE x.lease_id = l.id AND x.facility_id = :facilityId AND x.space_id = :spaceId)',
          {
            spaceId: query.spaceId,
          },
        );
      }
      if (query.activeOn) {
        qb.andWhere(
          "l.status IN ('active','ended','terminated') AND l.start_date <= :d AND COALESCE(l.terminated_on, l.end_date) >= :d",
          {
            d: parseIsoDate(query.activeOn, 'activeOn'),
          },
        );
      }
      const [column, direction] = SORTS[query.sort ?? '-startDate'] ?? SORTS['-startDate'];
      qb.orderBy(column, direction).addOrderBy('l.id', 'ASC').skip(query.offset).take(query.limit);
      const [items, total] = await qb.getManyAndCount();
      return { items: await withSpaceCodes(this.spaces, em, facilityId, items), total };
    });
  }

  /**
   * Who held which space on which days under signed leases (active, ended, terminated; drafts
   * and cancelled leases hold nothing), for holdings overlapping [from, to]. Used to bill
   * metered utilities to the tenant occupying a space.
   */
  spaceOccupants(
    facilityId: string,
    filter: { from: string; to: string; tenantId?: string },
  ): Promise<{ spaceId: string; tenantId: string; startDate: string; endDate: string }[]> {
    return this.tx.inFacility(facilityId, (em) => this.spaceOccupantsIn(em, facilityId, filter));
  }

  /** spaceOccupants in the caller's facility transaction (the billing preview reads it with its drafts). */
  spaceOccupantsIn(
    em: EntityManager,
    facilityId: string,
    filter: { from: string; to: string; tenantId?: string },
  ): Promise<{ spaceId: string; tenantId: string; startDate: string; endDate: string }[]> {
    const from = parseIsoDate(filter.from, 'from');
    const to = parseIsoDate(filter.to, 'to');
    return queryRows<{ spaceId: string; tenantId: string; startDate: string; endDate: string }>(
      em,
      `SELECT ls.space_id AS "spaceId", l.tenant_id AS "tenantId",
              to_char(ls.start_date, 'YYYY-MM-DD') AS "startDate", to_char(ls.end_date, 'YYYY-MM-DD') AS "endDate"
         FROM lease_spaces ls JOIN leases l ON l.id = ls.lease_id AND l.facility_id = ls.facility_id
        WHERE ls.facility_id = $1 AND ls.holds AND l.status IN ('active', 'ended', 'terminated')
          AND ls.start_date <= $3 AND ls.end_date >= $2 AND ($4::uuid IS NULL OR l.tenant_id = $4)
        ORDER BY ls.start_date, ls.id`,
      [facilityId, from, to, filter.tenantId ?? null],
    );
  }

  /** The tenant's draft and active leases with their space codes, oldest first (tenants' exit check). */
  async openLeasesOf(em: EntityManager, facilityId: string, tenantId: string): Promise<OpenLease[]> {
    const leases = await em.find(Lease, {
      where: { facilityId, tenantId, status: In(['draft', 'active']) },
      relations: { spaces: true },
      order: { startDate: 'ASC', id: 'ASC' },
    });
    await withSpaceCodes(this.spaces, em, facilityId, leases);
    return leases.map((l) => ({
      id: l.id,
      status: l.status,
      startDate: l.startDate,
      endDate: l.endDate,
      spaceCodes: (l.spaces ?? []).map((ls) => ls.spaceCode ?? ls.spaceId).sort(),
    }));
  }

  /** The room codes of each lease, in the order the lease took them and each once (two queries in all). */
  async roomCodesOf(
    em: EntityManager,
    facilityId: string,
    leaseIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    if (leaseIds.length === 0) return new Map();
    const rows = await em.find(LeaseSpace, {
      where: { facilityId, leaseId: In([...new Set(leaseIds)]) },
      order: { startDate: 'ASC' },
    });
    const codes = await this.spaces.codesOf(
      em,
      facilityId,
      rows.map((r) => r.spaceId),
    );
    const byLease = new Map<string, string[]>();
    for (const r of rows) {
      const code = codes.get(r.spaceId);
      const held = byLease.get(r.leaseId) ?? [];
      if (code && !held.includes(code)) byLease.set(r.leaseId, [...held, code]);
    }
    return byLease;
  }
}
