import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobWorkers } from './job-workers';
import { OutboxRelay } from './outbox-relay';
import { FacilityTickJob } from './schedules/facility-tick.job';
import { ScheduleTickJob } from './schedules/schedule-tick.job';
import { PlatformSchedulers } from './schedules/schedulers';

/** Runs the job handlers of the modules beside it; imported by the worker app only. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobWorkers, OutboxRelay, ScheduleTickJob, FacilityTickJob, PlatformSchedulers],
  exports: [OutboxRelay],
})
export class JobsWorkerModule {}
