import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { addDays, parseIsoDate } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { type Space, SpaceService } from '@tamago/spaces';
import { TenantLookup } from '@tamago/tenants';
import {
  SIGNED_LEASE_STATUSES,
  occupancy,
  tenantsNearingMaxTenure,
  type Occupancy,
  type TenureRemaining,
} from './domain';
import { LeaseService } from './lease.service';
import { Lease } from './lease.entity';
import { withSpaceCodes } from './space-codes';

/** Occupancy as of a day, plus the vacant spaces that day. */
export interface OccupancyReport extends Occupancy {
  asOf: string;
  vacantSpaces: Space[];
}

/** One lettable space on a day: its type, floor, area and the tenant holding it (null when vacant). */
export interface SpaceOccupancy {
  spaceId: string;
  code: string;
  roomTypeCode: string;
  roomType: string;
  floor: string | null;
  areaSqm: string;
  tenantId: string | null;
}

/** Occupancy, leases about to end and tenants about to reach the maximum tenure. */
@Injectable()
export class OccupancyService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly leases: LeaseService,
    private readonly spaces: SpaceService,
    private readonly tenants: TenantLookup,
  ) {}

  /**
   * Occupancy by rooms and by area on `asOf` (today by default). Out-of-service spaces are not
   * lettable and are left out of the totals.
   */
  report(facilityId: string, asOf?: string): Promise<OccupancyReport> {
    return this.tx.inFacility(facilityId, async (em) => {
      const day = asOf ? parseIsoDate(asOf, 'asOf') : await this.leases.today(em, facilityId);
      const [report] = await this.reportsIn(em, facilityId, [day]);
      return report;
    });
  }

  /**
   * `report` on each of the given days, from one read of the spaces and leases (a year's trend
   * reads them once, not once a month).
   */
  reportsOn(facilityId: string, days: readonly string[]): Promise<OccupancyReport[]> {
    const parsed = days.map((d) => parseIsoDate(d, 'asOf'));
    return this.tx.inFacility(facilityId, (em) => this.reportsIn(em, facilityId, parsed));
  }

  private async reportsIn(em: EntityManager, facilityId: string, days: readonly string[]): Promise<OccupancyReport[]> {
    const spaces = (await this.spaces.withTypes(em, facilityId)).filter((s) => s.status !== 'out_of_service');
    const leases = await em.find(Lease, {
      where: { facilityId, status: In([...SIGNED_LEASE_STATUSES]) },
      relations: { spaces: true },
    });
    const rows = leases.map((l) => ({
      spaceIds: (l.spaces ?? []).map((s) => s.spaceId),
      status: l.status,
      startDate: l.startDate,
      endDate: l.endDate,
      terminatedOn: l.terminatedOn,
    }));
    const lettable = spaces.map((s) => ({ id: s.id, areaSqm: s.areaSqm }));
    return days.map((day) => {
      const result = occupancy(day, lettable, rows);
      const occupied = new Set(
        rows.filter((r) => r.startDate <= day && day <= (r.terminatedOn ?? r.endDate)).flatMap((r) => r.spaceIds),
      );
      return { ...result, asOf: day, vacantSpaces: spaces.filter((s) => !occupied.has(s.id)) };
    });
  }

  /**
   * Every lettable space (out-of-service ones left out) on `asOf` with the tenant of the signed
   * lease covering it that day: two queries, for breakdowns by room type and floor.
   */
  bySpace(facilityId: string, asOf: string): Promise<SpaceOccupancy[]> {
    const day = parseIsoDate(asOf, 'asOf');
    return this.tx.inFacility(facilityId, async (em) => {
      const spaces = await this.spaces.withTypes(em, facilityId);
      const leases = await em.find(Lease, {
        where: { facilityId, status: In([...SIGNED_LEASE_STATUSES]) },
        relations: { spaces: true },
      });
      const holder = new Map<string, string>();
      for (const l of leases)
        if (l.startDate <= day && day <= (l.terminatedOn ?? l.endDate))
          for (const s of l.spaces ?? []) holder.set(s.spaceId, l.tenantId);
      return spaces
        .filter((s) => s.status !== 'out_of_service')
        .map((s) => ({
          spaceId: s.id,
          code: s.code,
          roomTypeCode: s.type?.code ?? '',
          roomType: s.type?.nameJa ?? '',
          floor: s.floor,
          areaSqm: s.areaSqm,
          tenantId: holder.get(s.id) ?? null,
        }));
    });
  }

  /**
   * The spaces a signed lease holds on `asOf` (today in the facility's time zone by default): a room
   * let from that day is let, one whose lease ended the day before is not. One query.
   */
  spacesLetOn(facilityId: string, asOf?: string): Promise<{ asOf: string; spaceIds: string[] }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const day = asOf === undefined ? await this.leases.today(em, facilityId) : parseIsoDate(asOf, 'asOf');
      const rows: { space_id: string }[] = await em.query(
        `SELECT DISTINCT ls.space_id FROM lease_spaces ls
           JOIN leases l ON l.id = ls.lease_id AND l.facility_id = ls.facility_id
          WHERE ls.facility_id = $1 AND ls.holds AND l.status = ANY($2::text[])
            AND ls.start_date <= $3::date AND $3::date <= ls.end_date`,
        [facilityId, [...SIGNED_LEASE_STATUSES], day],
      );
      return { asOf: day, spaceIds: rows.map((r) => r.space_id) };
    });
  }

  /** Active leases whose end date falls within the next `days` days (today included). */
  endingWithin(facilityId: string, days: number): Promise<{ asOf: string; items: Lease[] }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const today = await this.leases.today(em, facilityId);
      const items = await em
        .createQueryBuilder(Lease, 'l')
        .leftJoinAndSelect('l.spaces', 'ls')
        .where('l.facility_id = :facilityId', { facilityId })
        .andWhere("l.status = 'active'")
        .andWhere('l.end_date BETWEEN :from AND :to', {
          from: today,
          to: addDays(today, days),
        })
        .andWhere(
          "NOT EXISTS (SELECT 1 FROM leases r WHERE r.facility_id = l.facility_id AND r.renewal_of_id = l.id AND r.status <> 'cancelled')",
        )
        .orderBy('l.end_date', 'ASC')
        .addOrderBy('l.id', 'ASC')
        .getMany();
      return { asOf: today, items: await withSpaceCodes(this.spaces, em, facilityId, items) };
    });
  }

  /** Active leases, not renewed, that end exactly on `date` (reminders judge their lead times with it). */
  endingOn(facilityId: string, date: string): Promise<Lease[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em
        .createQueryBuilder(Lease, 'l')
        .leftJoinAndSelect('l.spaces', 'ls')
        .where("l.facility_id = :facilityId AND l.status = 'active' AND l.end_date = :date", { facilityId, date })
        .andWhere(
          "NOT EXISTS (SELECT 1 FROM leases r WHERE r.facility_id = l.facility_id AND r.renewal_of_id = l.id AND r.status <> 'cancelled')",
        )
        .orderBy('l.id', 'ASC')
        .getMany(),
    );
  }

  /** Tenants whose maximum tenure runs out within `months` months of `asOf` (today in the facility by default). */
  nearingMaxTenure(
    facilityId: string,
    months: number,
    asOf?: string,
  ): Promise<{
    asOf: string;
    maxTenureMonths: number;
    items: (TenureRemaining & { tenantName: string })[];
  }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const today = asOf ?? (await this.leases.today(em, facilityId));
      const max = await this.leases.maxTenureMonths(em, facilityId);
      const leases = await em.find(Lease, {
        where: { facilityId, status: In([...SIGNED_LEASE_STATUSES, 'draft']) },
      });
      const chains = new Map<string, { startDate: string; endDate: string }[]>();
      for (const l of leases) {
        const chain = chains.get(l.tenantId) ?? [];
        chain.push({
          startDate: l.startDate,
          endDate: l.terminatedOn ?? l.endDate,
        });
        chains.set(l.tenantId, chain);
      }
      const items = tenantsNearingMaxTenure(
        [...chains].map(([tenantId, chain]) => ({ tenantId, chain })),
        today,
        months,
        max,
      );
      // Names for the whole list in one query, never one lookup per row.
      const names = await this.tenants.namesOf(
        em,
        facilityId,
        items.map((i) => i.tenantId),
      );
      return {
        asOf: today,
        maxTenureMonths: max,
        items: items.map((i) => ({ ...i, tenantName: names.get(i.tenantId) ?? '' })),
      };
    });
  }
}
