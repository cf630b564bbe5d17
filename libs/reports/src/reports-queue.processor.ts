import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import { GenerateReportPayload, JOBS, JOB_OPTIONS, QUEUES, RunReportSchedulePayload } from '@tamago/jobs';
import { ReportGenerator } from './report-generator.service';
import { ReportScheduleService } from './report-schedule.service';

/** Scheduler id of the hourly tick (stable, so every worker start upserts the same one). */
export const REPORT_SCHEDULE_TICK_ID = 'reports-schedule-tick';

/** Whether this attempt is the job's last: then the report is marked failed instead of retried. */
function lastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/**
 * The reports queue's one processor (BullMQ gives every job of a queue to every processor of it):
 * builds reports with progress, runs the per-facility schedule and its hourly tick.
 */
@Processor(QUEUES.reports)
@Injectable()
export class ReportsQueueProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReportsQueueProcessor.name);

  constructor(
    private readonly generator: ReportGenerator,
    private readonly schedule: ReportScheduleService,
    @InjectQueue(QUEUES.reports) private readonly queue: Queue,
  ) {
    super();
  }

  /** Upserts the hourly tick: each facility's schedule is judged in its own time zone. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      REPORT_SCHEDULE_TICK_ID,
      { every: 3_600_000 },
      { name: JOBS.reportScheduleTick, data: {}, opts: JOB_OPTIONS[JOBS.reportScheduleTick] },
    );
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.generateReport:
        return this.generate(job as Job<GenerateReportPayload>);
      case JOBS.runReportSchedule: {
        const { facilityId, date } = (job as Job<RunReportSchedulePayload>).data;
        return { requested: await this.schedule.runDue(facilityId, date) };
      }
      case JOBS.reportScheduleTick:
        return { facilities: await this.schedule.tick() };
      default:
        throw new UnrecoverableError(`Unknown reports job ${job.name}`);
    }
  }

  private async generate(job: Job<GenerateReportPayload>): Promise<{ reportId: string; done: boolean }> {
    const { facilityId, reportId, generation } = job.data ?? ({} as GenerateReportPayload);
    if (typeof facilityId !== 'string' || typeof reportId !== 'string' || !Number.isInteger(generation))
      throw new UnrecoverableError('generate-report payload needs facilityId, reportId and generation.');
    try {
      await this.generator.purgeExpired(facilityId);
      const run = await this.generator.generate(facilityId, reportId, generation, (p) => job.updateProgress(p));
      if (run) await this.schedule.mailIfScheduled(run);
      this.logger.log({ msg: 'report done', jobId: job.id, reportId, built: run !== null });
      return { reportId, done: run !== null };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      if (e instanceof DomainError || lastAttempt(job)) {
        await this.generator.fail(facilityId, reportId, generation, reason);
        throw new UnrecoverableError(reason);
      }
      throw e;
    }
  }
}
