import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { FacilitiesService } from '@tamago/facilities';
import { TenantService } from '@tamago/tenants';
import { TIMELINE_SOURCES, TimelineItem, TimelineSource } from './timeline-item';
import { TimelineError } from './errors';

/** Who reads: tenant users are confined to their own tenant and never see staff-only items. */
export interface TimelineReader {
  /** From ownTenantOf(actor): null for staff. */
  ownTenantId: string | null;
  /** Whether staff-only items (notes) are shown; the support library decides who may read them. */
  staffNotes: boolean;
  /** Set for an advisor confined to their own sessions: items with holders show only to them. */
  confinedToUserId?: string | null;
}

export interface TimelineQuery {
  kinds?: string[];
  limit: number;
  offset: number;
}

/** One chronological feed per company, gathered from every context's timeline source. */
@Injectable()
export class TimelineService {
  constructor(
    @Inject(TIMELINE_SOURCES) private readonly sources: TimelineSource[],
    private readonly tenants: TenantService,
    private readonly facilities: FacilitiesService,
  ) {}

  /** Every kind a source can contribute (for validating the `kinds` filter). */
  get kinds(): string[] {
    return this.sources.flatMap((s) => s.kinds);
  }

  /** The tenant's timeline, newest first, filtered for the reader, one page. */
  async forTenant(
    facilityId: string,
    tenantId: string,
    reader: TimelineReader,
    query: TimelineQuery,
  ): Promise<{ items: TimelineItem[]; total: number }> {
    // 404 for another facility's tenant, and for a tenant user asking about another tenant.
    await this.tenants.get(facilityId, tenantId, reader.ownTenantId);
    const unknown = (query.kinds ?? []).filter((k) => !this.kinds.includes(k));
    if (unknown.length > 0)
      throw DomainError.invalid(
        TimelineError.KindsUnknown,
        'kinds',
        `Unknown kinds: ${unknown.join(', ')}. Known: ${this.kinds.join(', ')}.`,
        { unknown: unknown.join(', '), known: this.kinds.join(', ') },
      );
    const wanted = query.kinds && query.kinds.length > 0 ? new Set(query.kinds) : null;
    const { timeZone } = await this.facilities.get(facilityId);
    const chosen = this.sources.filter((s) => !wanted || s.kinds.some((k) => wanted.has(k)));
    const gathered = (await Promise.all(chosen.map((s) => s.itemsFor(facilityId, tenantId, { timeZone })))).flat();
    const visible = gathered
      .filter((i) => !wanted || wanted.has(i.kind))
      .filter((i) => (reader.ownTenantId === null && reader.staffNotes) || !i.staffOnly)
      .filter((i) => !reader.confinedToUserId || !i.holders || i.holders.includes(reader.confinedToUserId))
      .sort((a, b) => b.at.localeCompare(a.at) || a.kind.localeCompare(b.kind) || a.ref.id.localeCompare(b.ref.id));
    const page = visible.slice(query.offset, query.offset + query.limit).map(({ holders: _holders, ...item }) => item);
    return { items: page, total: visible.length };
  }
}
