import type {
  AdvisorAvailability,
  AdvisorKind,
  ConsultationChannel,
  FollowUpAction,
  PrerequisiteCutoff,
  QuotaPolicy,
  SessionKind,
  SessionMode,
  SessionStatus,
  SessionTopic,
  SubsidyStage,
  SubsidyStepDetails,
} from './domain';

/** A round of a programme; `id` updates an existing round, no id adds one. */
export interface RoundInput {
  id?: string;
  name: string;
  opensOn: string;
  closesOn: string;
  projectDeadline?: string | null;
  prerequisiteCutoffs?: PrerequisiteCutoff[];
}

/** A new subsidy programme with its rounds. */
export interface ProgramInput {
  name: string;
  agency: string;
  subsidyRate: string;
  maxAmount: number;
  categories?: string[];
  reportWithinDays?: number;
  commercialisationReportCount?: number;
  notes?: string | null;
  rounds?: RoundInput[];
}

/** A change to a programme; `rounds`, when given, is the full new list (rounds left out are deleted). */
export type ProgramPatch = Partial<ProgramInput>;

/** Paging and filters shared by the support lists. */
export interface PageQuery {
  limit: number;
  offset: number;
}

/** A checklist item change: by key; a new key adds an item (then `label` is needed). */
export interface ChecklistUpdate {
  key: string;
  label?: string;
  done: boolean;
  doneOn?: string | null;
}

/** A new subsidy case. */
export interface ApplicationInput {
  tenantId: string;
  programId: string;
  roundId: string;
  title?: string | null;
  managerId?: string | null;
  advisorId?: string | null;
  requestedAmount?: number | null;
  projectDeadline?: string | null;
  staffNotes?: string | null;
}

/** What staff may change on a case outside the stage transitions. */
export interface ApplicationPatch {
  title?: string | null;
  managerId?: string | null;
  advisorId?: string | null;
  requestedAmount?: number | null;
  projectDeadline?: string | null;
  staffNotes?: string | null;
  prerequisites?: ChecklistUpdate[];
  evidence?: ChecklistUpdate[];
}

/** A stage move; `date` stands for the step's main date when its own field is not given. */
export interface ApplicationTransition extends SubsidyStepDetails {
  to: SubsidyStage;
  date?: string;
  note?: string;
}

/** Filters of the case list. */
export interface ApplicationListQuery extends PageQuery {
  tenantId?: string;
  programId?: string;
  roundId?: string;
  stage?: SubsidyStage;
  managerId?: string;
}

/** An uploaded file. */
export interface FileUpload {
  purpose: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** A new advisor. */
export interface AdvisorInput {
  name: string;
  kind: AdvisorKind;
  organizationId?: string | null;
  userId?: string | null;
  email?: string | null;
  expertise?: string[];
  availability?: AdvisorAvailability;
  active?: boolean;
}

/** Filters of the advisor list. */
export interface AdvisorListQuery extends PageQuery {
  expertise?: string;
  kind?: AdvisorKind;
  organizationId?: string;
  active?: boolean;
}

/** A new session or consultation. */
export interface SessionInput {
  kind?: SessionKind;
  tenantId?: string;
  advisorId?: string | null;
  staffId?: string | null;
  startsAt: string;
  endsAt: string;
  mode?: SessionMode | null;
  channel?: ConsultationChannel | null;
  topic: SessionTopic;
  notes?: string | null;
  summary?: string | null;
  minutesSpent?: number | null;
  followUps?: FollowUpAction[];
  status?: SessionStatus;
  /** A tenant booking beyond the free quota must accept that it is charged. */
  acceptCharge?: boolean;
}

/** A change of a session: reschedule (times), record (notes, summary, follow-ups). */
export type SessionPatch = Partial<
  Pick<
    SessionInput,
    | 'startsAt'
    | 'endsAt'
    | 'mode'
    | 'channel'
    | 'topic'
    | 'notes'
    | 'summary'
    | 'minutesSpent'
    | 'followUps'
    | 'staffId'
  >
>;

/** A session status change. */
export interface SessionTransition {
  to: SessionStatus;
  reason?: string;
  minutesSpent?: number;
}

/** Filters of the session list. */
export interface SessionListQuery extends PageQuery {
  tenantId?: string;
  advisorId?: string;
  staffId?: string;
  kind?: SessionKind;
  status?: SessionStatus;
  from?: string;
  to?: string;
}

/** The facility's support settings. */
export interface SupportSettingsInput {
  freeSessionsPerYear?: number;
  quotaPolicy?: QuotaPolicy;
  tenantCancelHours?: number;
}
