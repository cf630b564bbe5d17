import { Module } from '@nestjs/common';
import { ReportsModule } from './reports.module';
import { ReportsQueueProcessor } from './reports-queue.processor';

/** The reports processor; imported by the worker app only. */
@Module({
  imports: [ReportsModule],
  providers: [ReportsQueueProcessor],
})
export class ReportsJobsModule {}
