// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { ImprovementPlanReview } from './improvement-plan-review.entity';
import { ImprovementPlan } from './improvement-plan.entity';
import { PartnerOrganization } from './partner-organization.entity';
import { ReferralCheckIn } from './referral-check-in.entity';
import { Referral } from './referral.entity';

export { ImprovementPlan, ImprovementPlanReview, PartnerOrganization, Referral, ReferralCheckIn };

/** Every entity of this context, in the order libs/schema lists them. */
export const PARTNERS_ENTITIES = [
  ImprovementPlan,
  ImprovementPlanReview,
  PartnerOrganization,
  Referral,
  ReferralCheckIn,
];
