import { Module } from '@nestjs/common';
import { TenantsModule } from '@tamago/tenants';
import { ImprovementPlanService } from './improvement-plan.service';
import { OrganizationService } from './organization.service';
import { ReferralCheckInService } from './referral-check-in.service';
import { ReferralService } from './referral.service';

const SERVICES = [OrganizationService, ReferralService, ReferralCheckInService, ImprovementPlanService];

/** Partner organisations, referrals and improvement-plan follow-up. */
@Module({ imports: [TenantsModule], providers: SERVICES, exports: SERVICES })
export class PartnersModule {}
