import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

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

/** The most mails one `send-email-batch` job carries (the relay cuts a facility's pending mails into batches of this size). */
export const MAIL_BATCH_SIZE = 50;

/**
 * Payload of `send-email-batch`: notification mails of one facility (each with its deliveryKey),
 * handed over by the outbox relay in one job instead of one job per mail. Each mail keeps its own
 * outcome: sent and recorded one by one, a refused address suppressed, a failing one handed to a
 * `send-email` job of its own.
 */
export class SendEmailBatchPayload {
  @IsUUID()
  facilityId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAIL_BATCH_SIZE)
  @ValidateNested({ each: true })
  @Type(() => SendEmailPayload)
  mails!: SendEmailPayload[];
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
 * Payload of `apply-run-credit`: use the credit balances of a run's invoiced tenants on their open
 * invoices. Billing enqueues one per issued run; `on` is the run's issue date, the date the credit
 * use is booked. Payments finds which of `tenantIds` hold credit in one query, so a run whose
 * tenants hold none costs one statement, not a job per tenant.
 */
export class ApplyRunCreditPayload {
  @IsUUID()
  facilityId!: string;

  @IsUUID()
  runId!: string;

  @IsArray()
  @ArrayMaxSize(20_000)
  @IsUUID('all', { each: true })
  tenantIds!: string[];

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

/** Payload of `facility-tick`: judge one facility's scheduled kinds at the tick's instant. */
export class FacilityTickPayload {
  @IsUUID()
  facilityId!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/)
  at!: string;
}

/** Payload of `reminder-sweep`: decide and send the reminders due on a facility-local date. */
export class ReminderSweepPayload {
  @IsUUID()
  facilityId!: string;

  @Matches(ISO_DATE)
  date!: string;
}

/** Payload of `kpi-survey-invitations`: invite the tenants to the KPI surveys open on a facility-local date. */
export class KpiSurveyInvitationsPayload {
  @IsUUID()
  facilityId!: string;

  @Matches(ISO_DATE)
  date!: string;
}

/** Payload of `mail-issued-invoices`: mail a just-issued run's invoices (PDF) to the tenants' billing contacts. */
export class MailIssuedInvoicesPayload {
  @IsUUID()
  facilityId!: string;

  @IsUUID()
  runId!: string;
}

/** Payload of `scheduled-billing-run`: the monthly schedule starts (previews) a period's run. */
export class ScheduledBillingRunPayload {
  @IsUUID()
  facilityId!: string;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  period!: string;

  /** The facility chose automatic issue: issue once the preview is ready, without a person. */
  @IsBoolean()
  autoIssue!: boolean;
}

/** Payload of `auto-issue-billing-run`: issue a scheduled run once its preview is ready. */
export class AutoIssueBillingRunPayload {
  @IsUUID()
  facilityId!: string;

  @IsUUID()
  runId!: string;
}

/** Payload of `generate-report`: build and store one report (stale generations are skipped). */
export class GenerateReportPayload {
  @IsUUID()
  facilityId!: string;

  @IsUUID()
  reportId!: string;

  @IsInt()
  @Min(1)
  generation!: number;
}

/** Payload of `run-report-schedule`: ask for the facility's reports due on `date` (its local day). */
export class RunReportSchedulePayload {
  @IsUUID()
  facilityId!: string;

  @Matches(ISO_DATE)
  date!: string;

  /** 'monthly-report' or 'fiscal-year-report' (the schedule kind that fired). */
  @IsString()
  @MaxLength(40)
  kind!: string;
}
