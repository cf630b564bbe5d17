export { QUEUES, QueueName, QUEUE_CONCURRENCY, workerPoolSize } from './queues';
export { JOB_CONTRACTS, JOBS, JOB_OPTIONS, JobContract, JobName, JobPayload, contractOf } from './contracts';
export * from './payloads';
export { jobId } from './job-id';
export { isLastAttempt } from './job-attempts';
export { JobProducer, AddOptions, BulkJob } from './job-producer';
export { JobHandler, HandlesJob, dispatchJob, payloadErrors } from './job-handler';
export { JobWorkers, handlerProblems } from './job-workers';
export { JobsWorkerModule } from './jobs-worker.module';
export { REDIS, bullConnection, createRedis } from './redis';
export { JobsModule } from './jobs.module';
export { OutboxService, OUTBOX_CHANNEL } from './outbox.service';
export { OutboxRelay } from './outbox-relay';
export { type OutboxMessage } from './outbox-message.entity';
export { type ScheduleRun } from './schedule-run.entity';
export { type ScheduleSetting } from './schedule-setting.entity';
export {
  FacilitySchedule,
  FacilityScheduleKind,
  FacilityScheduleContext,
  SCHEDULE_SLOTS,
} from './schedules/facility-schedule';
export { ScheduleRegistry } from './schedules/schedule-registry';
export {
  ScheduleSettingsService,
  ScheduleSettingView,
  ScheduleSettingPatch,
} from './schedules/schedule-settings.service';
export { ScheduleRunner, NextRun, TICK_MINUTES, nextOccasion } from './schedules/schedule-runner.service';
export { PLATFORM_SCHEDULERS } from './schedules/schedulers';
export { localMoment, instantAt, plusDays, clampDay, isTimeZone, LocalMoment } from './schedules/schedule-clock';
export {
  FACILITY_DIRECTORY,
  FacilityDirectory,
  JobsPortsModule,
  ScheduledFacility,
} from './schedules/facility-directory';
