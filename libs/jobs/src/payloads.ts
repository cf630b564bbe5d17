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
