import type { LeaseStatus, RentStep } from './domain';
import type { DepositSettlement, RescreeningRecord } from './lease.entity';

/** A new lease (created as a draft); `spaceId` or `spaceIds`. */
export interface NewLease {
  tenantId: string;
  spaceId?: string;
  spaceIds?: string[];
  startDate: string;
  endDate: string;
  monthlyRent: number;
  commonAreaFee?: number;
  deposit?: number;
  noticePeriodDays?: number;
  rentSchedule?: RentStep[] | null;
}

/** What may change on a lease: money terms while a draft, move dates and deposit settlement any time. */
export interface LeasePatch {
  monthlyRent?: number;
  commonAreaFee?: number;
  deposit?: number;
  noticePeriodDays?: number;
  rentSchedule?: RentStep[] | null;
  movedInOn?: string | null;
  movedOutOn?: string | null;
  depositSettlement?: DepositSettlement | null;
}

/** A status change and what it records. */
export interface LeaseTransition {
  to: LeaseStatus;
  signedOn?: string;
  terminatedOn?: string;
  reason?: string;
}

/** A renewal: the next term after re-screening; it starts the day after the current end unless given. */
export interface LeaseRenewal {
  startDate?: string;
  endDate: string;
  monthlyRent?: number;
  commonAreaFee?: number;
  deposit?: number;
  rescreening: RescreeningRecord;
}

/** List filters. */
export interface LeaseListQuery {
  tenantId?: string;
  spaceId?: string;
  status?: LeaseStatus;
  activeOn?: string;
  sort?: string;
  limit: number;
  offset: number;
}
