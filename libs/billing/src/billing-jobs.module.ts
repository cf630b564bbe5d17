import { Module } from '@nestjs/common';
import { BillingModule } from './billing.module';
import { IssueBillingRunJob, PreviewBillingRunJob } from './billing-run.job';

/** The billing processors; imported by the worker app only. */
@Module({
  imports: [BillingModule],
  providers: [PreviewBillingRunJob, IssueBillingRunJob],
})
export class BillingJobsModule {}
