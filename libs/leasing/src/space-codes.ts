import { EntityManager } from 'typeorm';
import { SpaceService } from '@tamago/spaces';
import type { Lease } from './lease.entity';

/** Sets `spaceCode` on every lease space of `leases` from spaces, in one query. */
export async function withSpaceCodes<T extends Lease>(
  spaces: SpaceService,
  em: EntityManager,
  facilityId: string,
  leases: T[],
): Promise<T[]> {
  const all = leases.flatMap((l) => l.spaces ?? []);
  const codes = await spaces.codesOf(
    em,
    facilityId,
    all.map((ls) => ls.spaceId),
  );
  for (const ls of all) ls.spaceCode = codes.get(ls.spaceId);
  return leases;
}
