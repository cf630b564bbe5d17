/** Payload of JOBS.sendEmail: an already-rendered message (no entities, nothing to look up). */
export interface SendEmailPayload {
  facilityId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Why it was sent, for logs: invitation, password_reset, invoice, reminder… */
  kind: string;
}

/** Payload of JOBS.previewBillingRun: the run and the generation of its preview (stale ones are skipped). */
export interface PreviewBillingRunPayload {
  facilityId: string;
  runId: string;
  generation: number;
}

/** Payload of JOBS.issueBillingRun. */
export interface IssueBillingRunPayload {
  facilityId: string;
  runId: string;
}

/**
 * Payload of JOBS.applyCredit: use a tenant's credit balance on its open invoices. Billing enqueues
 * it after issuing a run; `on` is the run's issue date, the date the credit use is booked.
 */
export interface ApplyCreditPayload {
  facilityId: string;
  tenantId: string;
  on: string;
}

/** Payload of JOBS.generateReport: build and store one report (stale generations are skipped). */
export interface GenerateReportPayload {
  facilityId: string;
  reportId: string;
  generation: number;
}

/** Payload of JOBS.runReportSchedule: request the facility's scheduled reports due on `date` (its local day). */
export interface RunReportSchedulePayload {
  facilityId: string;
  date: string;
}
