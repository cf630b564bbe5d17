import { Module } from '@nestjs/common';
import { ApplyCreditJob } from './apply-credit.job';
import { PaymentsModule } from './payments.module';

/** The payments processors; imported by the worker app only. */
@Module({ imports: [PaymentsModule], providers: [ApplyCreditJob] })
export class PaymentsJobsModule {}
