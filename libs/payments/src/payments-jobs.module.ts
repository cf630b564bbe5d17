import { Module } from '@nestjs/common';
import { ApplyRunCreditJob } from './apply-run-credit.job';
import { PaymentsModule } from './payments.module';

/** The payments processors; imported by the worker app only. */
@Module({ imports: [PaymentsModule], providers: [ApplyRunCreditJob] })
export class PaymentsJobsModule {}
