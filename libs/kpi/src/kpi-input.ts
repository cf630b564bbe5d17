/** A survey to open: the period label and, optionally, the window. */
export interface NewKpiSurvey {
  period: string;
  opensOn?: string;
  closesOn?: string;
}

/** The figures a tenant reports for a period. */
export interface KpiFigures {
  employees: number;
  revenue: number;
  moneyRaised: number;
  patents: number;
  productsLaunched: number;
  note?: string | null;
}

/** Who submits: a tenant user for their own tenant, or staff on a tenant's behalf. */
export interface KpiSubmitter {
  userId: string;
  asTenant: boolean;
}
