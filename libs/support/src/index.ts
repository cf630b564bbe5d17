export * from './domain';
export { type SubsidyProgram } from './subsidy-program.entity';
export { type SubsidyRound } from './subsidy-round.entity';
export { type SubsidyApplication, ChecklistItem, SubsidyMilestones } from './subsidy-application.entity';
export { type SubsidyStageEvent } from './subsidy-stage-event.entity';
export { type Attachment, MAX_ATTACHMENT_BYTES } from './attachment.entity';
export { type Advisor } from './advisor.entity';
export { type AdvisorySession } from './advisory-session.entity';
export { type SupportSettings } from './support-settings.entity';
export { SupportTimelineSource, SupportTimelineItem, TimelineWindow } from './support-timeline.source';
export { SubsidyProgramService, ProgramStats } from './subsidy-program.service';
export {
  SubsidyApplicationService,
  SubsidyCaseView,
  CaseDeadline,
  SubsidyStatsRow,
} from './subsidy-application.service';
export { AttachmentService, ATTACHMENT_TYPES, servedContentType } from './attachment.service';
export { AdvisorService, AdvisorFreeSlots } from './advisor.service';
export {
  AdvisorySessionService,
  AdvisoryQuota,
  SessionActor,
  SessionStatsRow,
  SessionCountRow,
  DueFollowUp,
} from './advisory-session.service';
export { SupportSettingsService, SupportSettingsView } from './support-settings.service';
export { OrganizationDirectory, ORGANIZATION_DIRECTORY } from './organization-directory';
export { AdoptionStats } from './subsidy-stats';
export { tenantMayTick, ChecklistName } from './subsidy-case-rules';
export * from './support-input';
export { SupportModule } from './support.module';
export {
  SupportReader,
  supportReaderOf,
  mayReadStaffNotes,
  mayMoveSubsidyCases,
  confinedToOwnSessions,
  sessionViewFor,
  caseViewFor,
} from './support-reader';
export type { ListedSubsidyCase } from './subsidy-application.service';
