import { EntityManager } from 'typeorm';
import { entitiesOf, queryRows } from '@tamago/database';
import { Lease } from './lease.entity';

/**
 * Signed leases (active, ended or terminated) that cover any day of [from, to], for billing.
 * A terminated lease counts up to its termination date; drafts and cancelled leases never bill.
 * Runs in the caller's facility transaction.
 */
export async function billableLeases(
  em: EntityManager,
  facilityId: string,
  from: string,
  to: string,
): Promise<Lease[]> {
  // Fixed SQL and plain hydration: the platform billing run reads every facility's leases.
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT l.* FROM leases l
      WHERE l.facility_id = $1 AND l.status IN ('active', 'ended', 'terminated')
        AND l.start_date <= $2 AND COALESCE(l.terminated_on, l.end_date) >= $3
      ORDER BY l.tenant_id, l.start_date, l.id`,
    [facilityId, to, from],
  );
  return entitiesOf(em, Lease, rows);
}
