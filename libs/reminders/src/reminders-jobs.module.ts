import { Module } from '@nestjs/common';
import { ReminderSweepJob } from './reminder-sweep.job';
import { RemindersModule } from './reminders.module';

/** The reminder processors; imported by the worker app only. */
@Module({ imports: [RemindersModule], providers: [ReminderSweepJob] })
export class RemindersJobsModule {}
