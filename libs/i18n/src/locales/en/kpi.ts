import type { Catalogue } from '../catalogue';

/** English messages of the reasons `kpi.*`. */
export const kpi: Catalogue['errors']['kpi'] = {
  closesBeforeOpens: 'closesOn must not be before opensOn.',
  companyNotAsked: 'Your company is not asked for the {{period}} survey.',
  periodInvalid:
    '{{field}} must be a quarter like 2026-Q3, a half like 2026-H1, a fiscal year like FY2026 or a fiscal quarter like FY2026-Q1.',
  submissionNotFound: 'KPI submission was not found.',
  surveyAlreadyOpen: 'A survey for {{label}} is already open.',
  surveyClosed:
    'The {{period}} survey takes answers from {{opensOn}} to {{closesOn}}; ask the facility to enter a late answer.',
  surveyClosedForDraft:
    'The {{period}} survey takes answers from {{opensOn}} to {{closesOn}}; a draft can be kept only meanwhile.',
  surveyNotFound: 'KPI survey {{id}} was not found.',
  tenantNotAsked:
    'This tenant is not asked for the {{period}} survey (only active tenants and alumni in their five-year follow-up).',
};
