import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A file attached to a mail, as base64 (kept small: invoice PDFs). */
export class MailAttachmentPayload {
  @IsString()
  @MaxLength(200)
  filename!: string;

  @IsString()
  @MaxLength(100)
  contentType!: string;

  @IsString()
  contentBase64!: string;
}

/**
 * Payload of `send-email`: an already-rendered message (no entities, nothing to look up).
 * `deliveryKey`, when set, names the delivery record the worker marks sent (reminders, invoices),
 * so a retried job never sends a recorded message again.
 */
export class SendEmailPayload {
  @IsOptional()
  @IsUUID()
  facilityId!: string | null;

  @IsString()
  @MaxLength(320)
  to!: string;

  @IsString()
  @MaxLength(500)
  subject!: string;

  @IsString()
  text!: string;

  @IsOptional()
  @IsString()
  html?: string;

  /** Why it was sent, for logs and preferences: invitation, password_reset, invoice, reminder… */
  @IsString()
  @MaxLength(64)
  kind!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  deliveryKey?: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MailAttachmentPayload)
  attachments?: MailAttachmentPayload[];
}

/** Payload of `preview-billing-run`: the run and the generation of its preview (stale ones are skipped). */
export class PreviewBillingRunPayload {
  @IsUUID()
  facilityId!: string;

  @IsUUID()
  runId!: string;

  @IsInt()
  @Min(1)
  generation!: number;
}

/** Payload of `issue-billing-run`. */
export class IssueBillingRunPayload {
  @IsUUID()
  facilityId!: string;

  @IsUUID()
  runId!: string;
}

/**
 * Payload of `apply-credit`: use a tenant's credit balance on its open invoices. Billing enqueues
 * it after issuing a run; `on` is the run's issue date, the date the credit use is booked.
 */
export class ApplyCreditPayload {
  @IsUUID()
  facilityId!: string;

  @IsUUID()
  tenantId!: string;

  @Matches(ISO_DATE)
  on!: string;
}

/** Payload of `schedule-tick`: the platform-wide tick of a job scheduler (no data of its own). */
export class ScheduleTickPayload {
  @IsOptional()
  @IsString()
  @MaxLength(40)
  at?: string;
}

/**
 * Payload of `run-facility-schedule`: one facility's occasion of one scheduled kind, fanned out by
 * the tick (`occasion` is the facility-local date the kind fires for).
 */
export class RunFacilitySchedulePayload {
  @IsUUID()
  facilityId!: string;

  @IsString()
  @MaxLength(64)
  kind!: string;

  @Matches(ISO_DATE)
  occasion!: string;
}

/** Payload of `reminder-sweep`: decide and send the reminders due on a facility-local date. */
export class ReminderSweepPayload {
  @IsUUID()
  facilityId!: string;

  @Matches(ISO_DATE)
  date!: string;
}

/** Payload of `mail-issued-invoice`: mail an issued invoice's PDF to the tenant's billing contact. */
export class MailIssuedInvoicePayload {
  @IsUUID()
  facilityId!: string;

  @IsUUID()
  invoiceId!: string;
}
