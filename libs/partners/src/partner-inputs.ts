import type { ConsentMethod, ReferralDirection } from './referral.entity';
import type { OrganizationContact, OrganizationKind } from './partner-organization.entity';

/** Fields of a new or changed partner organisation. */
export interface OrganizationInput {
  kind: OrganizationKind;
  name: string;
  contacts?: Partial<OrganizationContact>[];
  notes?: string | null;
}

export interface OrganizationListQuery {
  q?: string;
  kind?: OrganizationKind;
  limit: number;
  offset: number;
}

export interface ConsentInput {
  givenBy: string;
  givenAt: string;
  method: ConsentMethod;
}

export interface NewReferral {
  tenantId: string;
  organizationId: string;
  direction: ReferralDirection;
  need: string;
  consent?: ConsentInput;
  staffNotes?: string | null;
}

export interface ReferralPatch {
  need?: string;
  consent?: ConsentInput;
  staffNotes?: string | null;
}

export interface ReferralListQuery {
  tenantId?: string;
  organizationId?: string;
  status?: string;
  direction?: ReferralDirection;
  limit: number;
  offset: number;
}

/** A move of a referral; which detail fields are needed depends on `to` (see requiredReferralDetails). */
export interface ReferralTransitionInput {
  to: string;
  sentOn?: string;
  acceptedOn?: string;
  startedOn?: string;
  closedOn?: string;
  declinedOn?: string;
  cancelledOn?: string;
  outcome?: string;
  outcomeDetail?: string;
  reason?: string;
}

export interface NewCheckIn {
  dueOn: string;
  note?: string | null;
}

export interface CheckInCompletion {
  doneOn: string;
  note?: string | null;
}

export interface FollowUpQuery {
  overdue?: boolean;
  limit: number;
  offset: number;
}

export interface YearTargetsInput {
  fiscalYear: number;
  sales: number;
  operatingProfit: number;
  cashFlow: number;
}

export interface NewImprovementPlan {
  tenantId: string;
  title: string;
  consultantName: string;
  consultantOrganizationId?: string | null;
  startsOn: string;
  targets: YearTargetsInput[];
  monitoringDates?: string[];
  reviewIntervalMonths?: number;
  notes?: string | null;
}

export interface ImprovementPlanPatch {
  title?: string;
  consultantName?: string;
  consultantOrganizationId?: string | null;
  targets?: YearTargetsInput[];
  monitoringDates?: string[];
  reviewIntervalMonths?: number;
  status?: 'active' | 'completed';
  notes?: string | null;
}

export interface NewPlanReview {
  reviewedOn: string;
  fiscalYear: number;
  actualSales: number;
  actualOperatingProfit: number;
  actualCashFlow: number;
  consultantMinutes?: number;
  notes?: string | null;
}

export interface PlanListQuery {
  tenantId?: string;
  status?: 'active' | 'completed';
  limit: number;
  offset: number;
}
