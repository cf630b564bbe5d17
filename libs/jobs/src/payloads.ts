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
