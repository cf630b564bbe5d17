import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import { GenerateReportPayload, HandlesJob, JobHandler, isLastAttempt } from '@tamago/jobs';
import { ReportGenerator } from './report-generator.service';
import { warmPdfRenderer } from './render/pdf';
import { ReportScheduleService } from './report-schedule.service';

/** Builds one report (`generate-report`) with progress, then mails it when the schedule asked for it. */
@Injectable()
@JobHandler('generate-report')
export class GenerateReportJob implements HandlesJob<'generate-report'>, OnApplicationBootstrap {
  private readonly logger = new Logger(GenerateReportJob.name);

  constructor(
    private readonly generator: ReportGenerator,
    private readonly schedule: ReportScheduleService,
  ) {}

  /** The worker readies the PDF renderer as it starts, so the first report does not load it. */
  async onApplicationBootstrap(): Promise<void> {
    await warmPdfRenderer().catch((e: unknown) =>
      this.logger.warn({ msg: 'PDF renderer warm-up failed', err: e instanceof Error ? e.message : String(e) }),
    );
  }

  async handle(p: GenerateReportPayload, job: Job): Promise<{ reportId: string; built: boolean }> {
    try {
      await this.generator.purgeExpired(p.facilityId);
      const run = await this.generator.generate(p.facilityId, p.reportId, p.generation, (n) => job.updateProgress(n));
      if (run) await this.schedule.mailIfScheduled(run);
      this.logger.log({ msg: 'report done', jobId: job.id, reportId: p.reportId, built: run !== null });
      return { reportId: p.reportId, built: run !== null };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      if (e instanceof DomainError || isLastAttempt(job)) {
        await this.generator.fail(p.facilityId, p.reportId, p.generation, reason);
        throw new UnrecoverableError(reason);
      }
      throw e;
    }
  }
}
