import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '@tamago/core';
import type { TenantKind, TenantStatus } from './domain';
import { isUuid } from './tenant-guards';
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

const SUMMARY = { id: true, name: true, nameKana: true, kind: true, status: true } as const;

/**
 * The questions other contexts (payments, billing, leasing, kpi…) ask about tenants, answered in
 * the caller's facility transaction so a check and the write it guards commit together. Lists
 * are answered in one query, never one per row.
 */
@Injectable()
export class TenantLookup {
  /** True when `id` is a tenant of the facility. */
  async exists(em: EntityManager, facilityId: string, id: string): Promise<boolean> {
    return isUuid(id) && (await em.existsBy(Tenant, { facilityId, id }));
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

  /** Summaries of the given tenants (every tenant of the facility when `ids` is omitted), in one query. */
  async summaries(em: EntityManager, facilityId: string, ids?: readonly string[]): Promise<TenantSummary[]> {
    if (ids === undefined) return em.find(Tenant, { select: SUMMARY, where: { facilityId } });
    const unique = [...new Set(ids)].filter(isUuid);
    if (unique.length === 0) return [];
    return em.find(Tenant, { select: SUMMARY, where: { facilityId, id: In(unique) } });
  }

  /** Names of the given tenants (every tenant of the facility when `ids` is omitted); unknown ids are absent. */
  async namesOf(em: EntityManager, facilityId: string, ids?: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.summaries(em, facilityId, ids)).map((t) => [t.id, t.name]));
  }
}
