import { AuditEvent } from '@tamago/audit';
import { BillingRun, BillingSettings, Charge, Invoice, InvoiceCounter, InvoiceLine } from '@tamago/billing';
import { Facility } from '@tamago/facilities';
import { AuthSession, RefreshToken, User, UserToken } from '@tamago/identity';
import { SavedView } from '@tamago/identity';
import { Lease, LeaseSpace, LeasingSettings } from '@tamago/leasing';
import { OutboxMessage, ScheduleRun, ScheduleSetting } from '@tamago/jobs';
import { MailSuppression, Notification, NotificationPreference } from '@tamago/notifications';
import { ReminderSetting } from '@tamago/reminders';
import { Event, EventRegistration } from '@tamago/events';
import { KpiSubmission, KpiSurvey } from '@tamago/kpi';
import { ApiKey, MeterReading, MeteringSettings } from '@tamago/metering';
import {
  ImprovementPlan,
  ImprovementPlanReview,
  PartnerOrganization,
  Referral,
  ReferralCheckIn,
} from '@tamago/partners';
import {
  BankCredit,
  BankReversal,
  BankStatementImport,
  DebitBatch,
  DebitBatchItem,
  DebitMandate,
  DebitSettings,
  Payment,
  PaymentAllocation,
  PaymentIdempotencyKey,
  TenantPayerAlias,
} from '@tamago/payments';
import { ReportRun, ReportSettings } from '@tamago/reports';
import { RoomType, Space } from '@tamago/spaces';
import {
  Advisor,
  AdvisorySession,
  Attachment,
  SubsidyApplication,
  SubsidyProgram,
  SubsidyRound,
  SubsidyStageEvent,
  SupportSettings,
} from '@tamago/support';
import { Tenant, TenantContact } from '@tamago/tenants';

/** Every entity of every context; the one list the data source, the CLI and the drift check use. */
export const ENTITIES = [
  Facility,
  AuditEvent,
  User,
  AuthSession,
  RefreshToken,
  UserToken,
  Tenant,
  TenantContact,
  RoomType,
  Space,
  Lease,
  LeaseSpace,
  LeasingSettings,
  PartnerOrganization,
  Referral,
  ReferralCheckIn,
  ImprovementPlan,
  ImprovementPlanReview,
  Event,
  EventRegistration,
  BillingSettings,
  InvoiceCounter,
  BillingRun,
  Invoice,
  InvoiceLine,
  Charge,
  SubsidyProgram,
  SubsidyRound,
  SubsidyApplication,
  SubsidyStageEvent,
  Attachment,
  Advisor,
  AdvisorySession,
  SupportSettings,
  Payment,
  PaymentAllocation,
  PaymentIdempotencyKey,
  TenantPayerAlias,
  BankStatementImport,
  BankCredit,
  BankReversal,
  DebitSettings,
  DebitMandate,
  DebitBatch,
  DebitBatchItem,
  MeterReading,
  ApiKey,
  MeteringSettings,
  KpiSurvey,
  KpiSubmission,
  OutboxMessage,
  ScheduleRun,
  ScheduleSetting,
  Notification,
  NotificationPreference,
  MailSuppression,
  ReminderSetting,
  ReportRun,
  ReportSettings,
  SavedView,
];
