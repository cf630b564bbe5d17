import { Module } from '@nestjs/common';
import { BillingModule } from './billing.module';
import { IssueBillingRunJob } from './issue-billing-run.job';
import { PreviewBillingRunJob } from './preview-billing-run.job';
import { AutoIssueBillingRunJob, ScheduledBillingRunJob } from './billing-schedule';

/** The billing processors; imported by the worker app only. */
@Module({
  imports: [BillingModule],
  providers: [PreviewBillingRunJob, IssueBillingRunJob, ScheduledBillingRunJob, AutoIssueBillingRunJob],
})
export class BillingJobsModule {}
