export {
  type PartnerOrganization,
  OrganizationKind,
  OrganizationContact,
  ORGANIZATION_KINDS,
} from './partner-organization.entity';
export {
  type Referral,
  ReferralDirection,
  REFERRAL_DIRECTIONS,
  ConsentMethod,
  CONSENT_METHODS,
  ReferralStep,
} from './referral.entity';
export { type ReferralCheckIn } from './referral-check-in.entity';
export { type ImprovementPlan, ImprovementPlanStatus, IMPROVEMENT_PLAN_STATUSES } from './improvement-plan.entity';
export { type ImprovementPlanReview } from './improvement-plan-review.entity';
export * from './partner-inputs';
export { OrganizationService } from './organization.service';
export { ReferralService, ReferralStatsRow } from './referral.service';
export { ReferralCheckInService, FollowUp, CheckInDue } from './referral-check-in.service';
export { ImprovementPlanService, PlanView, ReviewView, PlanReviewDue } from './improvement-plan.service';
export { planNextReview, reviewVariance } from './improvement-plan-rules';
export { PartnersModule } from './partners.module';
export * from './domain';
