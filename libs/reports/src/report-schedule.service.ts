import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { addDays, fiscalYearOf } from '@tamago/core';
import { facilityFiscalYearStart, isBankBusinessDay } from '@tamago/billing';
import { AppConfig } from '@tamago/config';
import { TransactionRunner } from '@tamago/database';
import { FacilitiesService } from '@tamago/facilities';
import { JobPayload, JobProducer, SCHEDULE_SLOTS, jobId } from '@tamago/jobs';
import { REPORT_TITLES } from './labels';
import type { ReportType } from './report-request';
import { ReportRun } from './report-run.entity';
import { ReportRunService } from './report-run.service';
import { ReportSettingsService } from './report-settings.service';

const MONTHLY: ReportType[] = ['monthly-occupancy', 'revenue-arrears', 'support-activity'];
const ALL_KINDS = [SCHEDULE_SLOTS.monthlyReport, SCHEDULE_SLOTS.fiscalYearReport];

/** True on the month's first bank business day (weekends, national and bank holidays skipped). */
export function isFirstBusinessDayOfMonth(date: string): boolean {
  if (!isBankBusinessDay(date)) return false;
  for (let d = `${date.slice(0, 8)}01`; d < date; d = addDays(d, 1)) if (isBankBusinessDay(d)) return false;
  return true;
}

/**
 * Scheduled reports: on the first business day of a month the previous month's reports, and on
 * the first business day after the fiscal year closes (the month the facility's year starts in,
 * April by default) the fiscal-year report, each asked
 * for by its request key (so a repeated schedule asks once), then mailed once to the facility's
 * recipients with a link to the file.
 */
@Injectable()
export class ReportScheduleService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
    private readonly runs: ReportRunService,
    private readonly settings: ReportSettingsService,
    private readonly config: AppConfig,
    private readonly jobs: JobProducer,
  ) {}

  /** Asks for the reports due on `date` (the facility's local day); returns their ids. */
  async runDue(facilityId: string, date: string, kinds: readonly string[] = ALL_KINDS): Promise<string[]> {
    if (!isFirstBusinessDayOfMonth(date)) return [];
    const settings = await this.settings.get(facilityId);
    const startMonth = await this.tx.inFacility(facilityId, (em) => facilityFiscalYearStart(em, facilityId));
    const previousMonth = addDays(`${date.slice(0, 8)}01`, -1);
    const asks: Record<string, unknown>[] = [];
    if (settings.monthlyEnabled && kinds.includes(SCHEDULE_SLOTS.monthlyReport))
      for (const type of MONTHLY)
        asks.push({ type, period: previousMonth.slice(0, 7), format: settings.scheduledFormat });
    // The year closes at the end of the month before its start month: the report of the year just closed.
    if (
      settings.fiscalYearEnabled &&
      kinds.includes(SCHEDULE_SLOTS.fiscalYearReport) &&
      Number(date.slice(5, 7)) === startMonth
    )
      asks.push({
        type: 'fiscal-year',
        fiscalYear: fiscalYearOf(previousMonth, startMonth),
        format: settings.scheduledFormat,
      });
    const ids: string[] = [];
    for (const ask of asks) {
      const run = await this.runs.request(facilityId, null, ask, 'schedule');
      // A person may have asked for the same report first: it is still mailed, once.
      const marked = await this.tx.inFacility(facilityId, async (em) => {
        await em.update(ReportRun, { facilityId, id: run.id, mailedAt: IsNull() }, { source: 'schedule' });
        return em.findOneByOrFail(ReportRun, { facilityId, id: run.id });
      });
      if (marked.status === 'done') await this.mailIfScheduled(marked);
      ids.push(run.id);
    }
    return ids;
  }

  /**
   * Mails a finished scheduled report to the recipients once: the mails are enqueued under
   * deterministic job ids first, then the report is marked mailed, so a crash in between re-sends
   * to the same job ids (which BullMQ keeps for a day) rather than losing the mail.
   */
  async mailIfScheduled(run: ReportRun): Promise<number> {
    if (run.source !== 'schedule' || run.mailedAt !== null) return 0;
    const { recipients } = await this.settings.get(run.facilityId);
    const facility = await this.facilities.get(run.facilityId);
    const title = REPORT_TITLES[run.type].ja;
    const scope = run.period ? `${run.period.replace('-', '年')}月` : `${run.fiscalYear}年度`;
    const link = `${this.config.APP_URL}/api/v1/reports/${run.id}/file`;
    for (const [i, to] of recipients.entries()) {
      const mail: JobPayload<'send-email'> = {
        facilityId: run.facilityId,
        to,
        kind: 'report',
        subject: `【${facility.name}】${title}（${scope}）`,
        text: [
          `${facility.name} の${title}（${scope}）ができました。`,
          '',
          `ダウンロード（ログインが必要です）: ${link}`,
          `ファイル: ${run.fileName}`,
          '',
          `The ${REPORT_TITLES[run.type].en} (${run.period ?? `FY${run.fiscalYear}`}) is ready: ${link}`,
        ].join('\n'),
      };
      await this.jobs.add('send-email', mail, { id: jobId('report-mail', run.id, i) });
    }
    await this.tx.inFacility(run.facilityId, (em) =>
      em.update(ReportRun, { facilityId: run.facilityId, id: run.id }, { mailedAt: new Date() }),
    );
    return recipients.length;
  }
}
