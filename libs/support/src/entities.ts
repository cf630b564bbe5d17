// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { Advisor } from './advisor.entity';
import { AdvisorySession } from './advisory-session.entity';
import { Attachment } from './attachment.entity';
import { SubsidyApplication } from './subsidy-application.entity';
import { SubsidyProgram } from './subsidy-program.entity';
import { SubsidyRound } from './subsidy-round.entity';
import { SubsidyStageEvent } from './subsidy-stage-event.entity';
import { SupportSettings } from './support-settings.entity';

export {
  Advisor,
  AdvisorySession,
  Attachment,
  SubsidyApplication,
  SubsidyProgram,
  SubsidyRound,
  SubsidyStageEvent,
  SupportSettings,
};

/** Every entity of this context, in the order libs/schema lists them. */
export const SUPPORT_ENTITIES = [
  Advisor,
  AdvisorySession,
  Attachment,
  SubsidyApplication,
  SubsidyProgram,
  SubsidyRound,
  SubsidyStageEvent,
  SupportSettings,
];
