// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { KpiDraft } from './kpi-draft.entity';
import { KpiSubmission } from './kpi-submission.entity';
import { KpiSurvey } from './kpi-survey.entity';

export { KpiSurvey, KpiSubmission, KpiDraft };

/** Every entity of this context, in the order libs/schema lists them. */
export const KPI_ENTITIES = [KpiSurvey, KpiSubmission, KpiDraft];
