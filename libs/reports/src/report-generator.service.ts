import { Injectable } from '@nestjs/common';
import { facilityFiscalYearStart } from '@tamago/billing';
import { AppConfig } from '@tamago/config';
import { TransactionRunner } from '@tamago/database';
import { FacilitiesService, facilityToday } from '@tamago/facilities';
import type { BuildContext, ReportBuilder } from './builders/builder';
import { FiscalYearBuilder } from './builders/fiscal-year.builder';
import { MonthlyOccupancyBuilder } from './builders/monthly-occupancy.builder';
import { RevenueArrearsBuilder } from './builders/revenue-arrears.builder';
import { SupportActivityBuilder } from './builders/support-activity.builder';
import type { ReportDocument } from './report-document';
import { parseReportRequest, type ReportFormat, type ReportType } from './report-request';
import { ReportRun } from './report-run.entity';
import { ReportSettingsService } from './report-settings.service';
import { renderCsv } from './render/csv';
import { renderPdf } from './render/pdf';
import { renderXlsx } from './render/xlsx';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Builds a report (worker side): gathers the figures through the report type's builder, renders
 * the file and stores it with its retention, writing progress as it goes. Idempotent: a stale
 * generation or a report already done is left alone, a retry after a crash builds it again.
 */
@Injectable()
export class ReportGenerator {
  private readonly builders: Record<ReportType, ReportBuilder>;

  constructor(
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
    private readonly settings: ReportSettingsService,
    private readonly config: AppConfig,
    occupancy: MonthlyOccupancyBuilder,
    revenue: RevenueArrearsBuilder,
    support: SupportActivityBuilder,
    fiscalYear: FiscalYearBuilder,
  ) {
    this.builders = {
      'monthly-occupancy': occupancy,
      'revenue-arrears': revenue,
      'support-activity': support,
      'fiscal-year': fiscalYear,
    };
  }

  /** Returns the finished report, or null when there was nothing (left) to do. */
  async generate(
    facilityId: string,
    reportId: string,
    generation: number,
    onProgress: (p: number) => Promise<void> = async () => undefined,
  ): Promise<ReportRun | null> {
    const run = await this.start(facilityId, reportId, generation);
    if (!run) return null;
    const progress = async (p: number) => {
      await this.tx.inFacility(facilityId, (em) =>
        em.update(ReportRun, { facilityId, id: reportId, generation, status: 'running' }, { progress: p }),
      );
      await onProgress(p);
      if (this.config.JOB_STEP_PAUSE_MS) await new Promise((r) => setTimeout(r, this.config.JOB_STEP_PAUSE_MS));
    };
    const facility = await this.facilities.get(facilityId);
    const ctx: BuildContext = {
      facilityId,
      facilityName: facility.name,
      timeZone: facility.timeZone,
      today: await this.tx.inFacility(facilityId, (em) => facilityToday(em, facilityId)),
      fiscalYearStartMonth: await this.tx.inFacility(facilityId, (em) => facilityFiscalYearStart(em, facilityId)),
      // The stored request was validated when it was asked for; parse it again for its typed form (as of
      // the last day a date may carry, so no period counts as future).
      request: { ...parseReportRequest(run, '2999-12-31'), key: run.requestKey },
      progress,
    };
    const doc = await this.builders[run.type].build(ctx);
    await progress(80);
    const bytes = await render(doc, run.format, facility.timeZone);
    await progress(95);
    return this.finish(facilityId, run, generation, doc, bytes);
  }

  /** Marks a report failed with a reason people can read (not retried further). */
  async fail(facilityId: string, reportId: string, generation: number, reason: string): Promise<void> {
    await this.tx.inFacility(facilityId, (em) =>
      em.update(
        ReportRun,
        { facilityId, id: reportId, generation },
        { status: 'failed', error: reason.slice(0, 2000) },
      ),
    );
  }

  /** Drops the files of the facility's reports past their retention (the rows stay as history). */
  purgeExpired(facilityId: string): Promise<void> {
    return this.tx.inFacility(facilityId, async (em) => {
      await em.query(
        `UPDATE report_runs SET file = NULL WHERE facility_id = $1 AND expires_at <= now() AND file IS NOT NULL`,
        [facilityId],
      );
    });
  }

  private start(facilityId: string, reportId: string, generation: number): Promise<ReportRun | null> {
    return this.tx.inFacility(facilityId, async (em) => {
      const run = await em
        .createQueryBuilder(ReportRun, 'r')
        .setLock('pessimistic_write')
        .where('r.facility_id = :facilityId AND r.id = :reportId', { facilityId, reportId })
        .getOne();
      if (!run || run.generation !== generation || run.status === 'done' || run.status === 'failed') return null;
      await em.update(ReportRun, { facilityId, id: reportId }, { status: 'running', progress: 5 });
      return { ...run, status: 'running', progress: 5 };
    });
  }

  private finish(
    facilityId: string,
    run: ReportRun,
    generation: number,
    doc: ReportDocument,
    bytes: Buffer,
  ): Promise<ReportRun | null> {
    return this.tx.inFacility(facilityId, async (em) => {
      const { retentionDays } = await this.settings.getIn(em, facilityId);
      const finishedAt = new Date();
      const result = await em.update(
        ReportRun,
        { facilityId, id: run.id, generation, status: 'running' },
        {
          status: 'done',
          progress: 100,
          error: null,
          file: bytes,
          fileSize: bytes.length,
          fileName: `${doc.fileStem}.${run.format}`,
          contentType: CONTENT_TYPES[run.format],
          finishedAt,
          expiresAt: new Date(finishedAt.getTime() + retentionDays * 86_400_000),
        },
      );
      if (!result.affected) return null;
      return em.findOneByOrFail(ReportRun, { facilityId, id: run.id });
    });
  }
}

function render(doc: ReportDocument, format: ReportFormat, timeZone: string): Promise<Buffer> {
  if (format === 'pdf') return renderPdf(doc, timeZone);
  if (format === 'xlsx') return renderXlsx(doc);
  return Promise.resolve(renderCsv(doc));
}
