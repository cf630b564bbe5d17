import { EntityManager } from 'typeorm';
import { Lease } from './lease.entity';

/**
 * Signed leases (active, ended or terminated) that cover any day of [from, to], for billing.
 * A terminated lease counts up to its termination date; drafts and cancelled leases never bill.
 * Runs in the caller's facility transaction.
 */
export function billableLeases(em: EntityManager, facilityId: string, from: string, to: string): Promise<Lease[]> {
  return em
    .createQueryBuilder(Lease, 'l')
    .where('l.facility_id = :facilityId', { facilityId })
    .andWhere("l.status IN ('active', 'ended', 'terminated')")
    .andWhere('l.start_date <= :to AND COALESCE(l.terminated_on, l.end_date) >= :from', { from, to })
    .orderBy('l.tenant_id', 'ASC')
    .addOrderBy('l.start_date', 'ASC')
    .addOrderBy('l.id', 'ASC')
    .getMany();
}
