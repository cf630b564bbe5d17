import type { AgingReport } from '@tamago/payments';

/** A count with the first few named items and the API list that holds them all. */
export interface DashboardList<T> {
  count: number;
  /** API path (under /api/v1) of the list behind the count. */
  listPath: string;
  items: T[];
}

export interface DashboardVacantRoom {
  spaceId: string;
  code: string;
  roomType: string;
  areaSqm: string;
}

export interface DashboardOccupancy {
  rooms: { occupied: number; total: number; vacant: number; rate: string | null };
  area: { occupiedSqm: string; totalSqm: string; rate: string | null };
  vacantRooms: DashboardVacantRoom[];
  listPath: string;
}

export interface DashboardBilling {
  period: string;
  invoices: number;
  billed: number;
  /** Paid so far on this month's invoices. */
  paidOnMonthInvoices: number;
  /** Money received this month (payments, any invoice), refunds not netted. */
  collected: number;
  refunded: number;
  payments: number;
  invoicesPath: string;
  paymentsPath: string;
}

export interface DashboardArrearsTenant {
  tenantId: string;
  tenantName: string;
  balance: number;
  dunningLevel: number;
}

export interface DashboardArrears {
  aging: AgingReport;
  overdue: number;
  tenants: number;
  worst: DashboardArrearsTenant[];
  listPath: string;
}

export interface DashboardDeadline {
  applicationId: string;
  tenantId: string;
  tenantName: string;
  programName: string;
  key: string;
  label: string;
  labelEn: string;
  dueOn: string;
}

export interface DashboardSession {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  tenantId: string;
  tenantName: string;
  advisorId: string | null;
  advisorName: string | null;
  topic: string;
  status: string;
}

export interface DashboardLeaseEnding {
  leaseId: string;
  tenantId: string;
  tenantName: string;
  endDate: string;
}

export interface DashboardTenure {
  tenantId: string;
  tenantName: string;
  latestEndDate: string;
  monthsRemaining: number;
}

export interface DashboardFollowUp {
  checkInId: string;
  referralId: string;
  tenantId: string;
  tenantName: string;
  need: string;
  dueOn: string;
}

export interface DashboardPlanReview {
  planId: string;
  tenantId: string;
  tenantName: string;
  title: string;
  nextReviewOn: string;
}

/** The staff home: every figure in the facility's time zone; money sections null for roles without money. */
export interface Dashboard {
  asOf: string;
  month: string;
  timeZone: string;
  tenants: { active: number; applicants: number; alumni: number; listPath: string };
  occupancy: DashboardOccupancy;
  billing: DashboardBilling | null;
  arrears: DashboardArrears | null;
  subsidyDeadlines: DashboardList<DashboardDeadline> & { days: number };
  sessionsToday: DashboardList<DashboardSession>;
  leasesEnding: DashboardList<DashboardLeaseEnding> & { days: number };
  tenureNearing: DashboardList<DashboardTenure> & { months: number; maxTenureMonths: number };
  followUpsOverdue: DashboardList<DashboardFollowUp>;
  planReviewsOverdue: DashboardList<DashboardPlanReview>;
}

/** The parts of the dashboard a caller may see. */
export interface DashboardScope {
  money: boolean;
}
