import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { SpaceService } from '@tamago/spaces';
import { LeaseSpace } from './lease-space.entity';

/** The questions other contexts (billing…) ask about leases, answered in the caller's transaction. */
@Injectable()
export class LeaseLookup {
  constructor(private readonly spaces: SpaceService) {}

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
