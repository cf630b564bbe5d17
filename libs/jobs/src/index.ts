export { QUEUES, JOBS, JOB_OPTIONS, QueueName } from './queues';
export {
  SendEmailPayload,
  PreviewBillingRunPayload,
  IssueBillingRunPayload,
  ApplyCreditPayload,
  GenerateReportPayload,
  RunReportSchedulePayload,
} from './payloads';
export { REDIS, bullConnection, createRedis } from './redis';
export { JobsModule } from './jobs.module';
