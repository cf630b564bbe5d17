export * from './domain';
export { SubsidyProgram } from './subsidy-program.entity';
export { SubsidyRound } from './subsidy-round.entity';
export { SubsidyApplication, ChecklistItem, SubsidyMilestones } from './subsidy-application.entity';
export { SubsidyStageEvent } from './subsidy-stage-event.entity';
export { Attachment, MAX_ATTACHMENT_BYTES } from './attachment.entity';
export { Advisor } from './advisor.entity';
export { AdvisorySession } from './advisory-session.entity';
export { SupportSettings } from './support-settings.entity';
export { SupportTimelineSource, SupportTimelineItem, TimelineWindow } from './support-timeline.source';
export { SubsidyProgramService, ProgramStats } from './subsidy-program.service';
export {
  SubsidyApplicationService,
  SubsidyCaseView,
  CaseDeadline,
  SubsidyStatsRow,
} from './subsidy-application.service';
export { AttachmentService } from './attachment.service';
export { AdvisorService, AdvisorFreeSlots } from './advisor.service';
export {
  AdvisorySessionService,
  AdvisoryQuota,
  SessionActor,
  SessionStatsRow,
  SessionCountRow,
} from './advisory-session.service';
export { SupportSettingsService, SupportSettingsView } from './support-settings.service';
export { OrganizationDirectory, ORGANIZATION_DIRECTORY } from './organization-directory';
export { AdoptionStats } from './subsidy-stats';
export * from './support-input';
export { SupportModule } from './support.module';
export type { ListedSubsidyCase } from './subsidy-application.service';
