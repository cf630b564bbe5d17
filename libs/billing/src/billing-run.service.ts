import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, parseIsoDate } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, saveScoped } from '@tamago/database';
import { facilityToday } from '@tamago/facilities';
import { JobProducer } from '@tamago/jobs';
import { dueDateFor, parsePeriod } from './domain';
import { BillingRun } from './billing-run.entity';
import { lockRun } from './billing-run-preview.service';
import { BillingSettingsService, assertCanIssue, issuingProblemsOf } from './billing-settings.service';
import { BillingError } from './errors';

export interface StartRunInput {
  period: string;
  supplementary?: boolean;
}

/**
 * Billing runs as the API sees them: start (or re-preview) a run for a period, read it, issue it.
 * The work happens in BillingRunPreviewService / BillingRunIssueService via the billing queue, with
 * deterministic job ids so a double click, a retry or two API nodes enqueue one job.
 */
@Injectable()
export class BillingRunService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly settings: BillingSettingsService,
    private readonly jobs: JobProducer,
  ) {}

  /**
   * Starts the regular run of a period, or returns it when it exists (a previewed or failed one is
   * previewed again). An issued period answers 409 unless `supplementary` is set, which bills the
   * charges added since in a run of its own.
   */
  async start(facilityId: string, actorId: string | null, input: StartRunInput): Promise<BillingRun> {
    parsePeriod(input.period, 'period');
    dueDateFor(input.period); // refuses periods outside the holiday data set before anything is written
    const supplementary = input.supplementary === true;
    let run: BillingRun;
    try {
      run = await this.tx.inFacility(
        facilityId,
        (em) => this.startIn(em, facilityId, actorId, input.period, supplementary),
        actorId,
      );
    } catch (e) {
      // Two concurrent POSTs: the loser hits the unique index and answers with the winner's run.
      if (!isPgError(e, PgErrorCode.UniqueViolation)) throw e;
      run = await this.tx.inFacility(
        facilityId,
        (em) => this.startIn(em, facilityId, actorId, input.period, supplementary),
        actorId,
      );
    }
    if (run.status === 'previewing') await this.enqueuePreview(run);
    return run;
  }

  /**
   * One run; 404 for unknown ids and other facilities' runs. Its summary carries the live issuing
   * warnings (what is missing before it can be issued), so the preview shows them before anyone
   * presses issue.
   */
  get(facilityId: string, id: string): Promise<BillingRun> {
    return this.tx.inFacility(facilityId, async (em) => {
      const run = await em.findOneBy(BillingRun, { facilityId, id });
      if (!run) throw DomainError.notFound(BillingError.BillingRunNotFound, 'Billing run', id);
      const warnings =
        run.status === 'issued' ? [] : issuingProblemsOf(await this.settings.get(facilityId, em), 'invoice');
      run.summary = { ...run.summary, warnings };
      return run;
    });
  }

  /** Runs of the facility, newest period first. */
  list(
    facilityId: string,
    q: { period?: string; limit: number; offset: number },
  ): Promise<{ items: BillingRun[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const [items, total] = await em.findAndCount(BillingRun, {
        where: { facilityId, ...(q.period ? { period: q.period } : {}) },
        order: { period: 'DESC', createdAt: 'DESC' },
        take: q.limit,
        skip: q.offset,
      });
      return { items, total };
    });
  }

  /**
   * Issues a previewed run (a job). Idempotent: an issuing run is re-enqueued (after a crash its
   * job resumes where the last committed invoice left off), an issued one is returned as is.
   */
  async issue(facilityId: string, actorId: string | null, id: string, issueDate?: string): Promise<BillingRun> {
    if (issueDate !== undefined) parseIsoDate(issueDate, 'issueDate');
    const run = await this.tx.inFacility(
      facilityId,
      async (em) => {
        const run = await lockRun(em, facilityId, id);
        if (!run) throw DomainError.notFound(BillingError.BillingRunNotFound, 'Billing run', id);
        if (run.status === 'previewing')
          throw DomainError.conflict(BillingError.PreviewStillRunning, 'The preview is still running.');
        if (run.status === 'failed' && !run.issueDate) {
          throw DomainError.conflict(
            BillingError.PreviewFailed,
            'The preview failed; start the run again to preview it.',
            {},
            {
              error: run.summary.error,
            },
          );
        }
        if (run.status === 'previewed' || run.status === 'failed') {
          // 409 listing every missing setting before anything is numbered (消費税法 57条の5).
          assertCanIssue(await this.settings.get(facilityId, em), 'invoice');
          run.status = 'issuing';
          run.issueDate = run.issueDate ?? issueDate ?? (await facilityToday(em, facilityId));
          await saveScoped(em, facilityId, run);
        }
        return run;
      },
      actorId,
    );
    if (run.status === 'issuing') await this.enqueueIssue(run);
    return run;
  }

  private async startIn(
    em: EntityManager,
    facilityId: string,
    actorId: string | null,
    period: string,
    supplementary: boolean,
  ): Promise<BillingRun> {
    const regular = await em
      .createQueryBuilder(BillingRun, 'r')
      .setLock('pessimistic_write')
      .where('r.facility_id = :facilityId AND r.period = :period AND r.supplementary = false', { facilityId, period })
      .getOne();
    if (!supplementary) {
      if (!regular) return em.save(em.create(BillingRun, newRun(facilityId, period, false, actorId)));
      if (regular.status === 'issued') {
        throw DomainError.conflict(
          BillingError.PeriodAlreadyIssued,
          `${period} is already issued; bill later charges with a supplementary run.`,
          { period },
          {
            runId: regular.id,
          },
        );
      }
      return this.rePreview(em, regular);
    }
    if (!regular || regular.status !== 'issued') {
      throw DomainError.conflict(
        BillingError.SupplementaryRunNeedsRegularRun,
        `A supplementary run needs the regular run of ${period} issued first.`,
        { period },
      );
    }
    const open = await em
      .createQueryBuilder(BillingRun, 'r')
      .setLock('pessimistic_write')
      .where(
        "r.facility_id = :facilityId AND r.period = :period AND r.supplementary = true AND r.status IN ('previewing', 'previewed', 'issuing')",
        {
          facilityId,
          period,
        },
      )
      .getOne();
    if (open) return this.rePreview(em, open);
    return em.save(em.create(BillingRun, newRun(facilityId, period, true, actorId)));
  }

  /** A previewed or failed preview is built again (new generation); running ones are left alone. */
  private async rePreview(em: EntityManager, run: BillingRun): Promise<BillingRun> {
    const retry = run.status === 'previewed' || (run.status === 'failed' && !run.issueDate);
    if (!retry) return run;
    run.status = 'previewing';
    run.progress = 0;
    run.generation += 1;
    return saveScoped(em, run.facilityId, run);
  }

  // Deterministic ids (see the job contracts): a finished or failed job of that id is replaced so a
  // retry after a crash runs again; a waiting or active one is left alone (no second job).
  private async enqueuePreview(run: BillingRun): Promise<void> {
    const payload = { facilityId: run.facilityId, runId: run.id, generation: run.generation };
    await this.jobs.add('preview-billing-run', payload, { replaceFinished: true });
  }

  private async enqueueIssue(run: BillingRun): Promise<void> {
    await this.jobs.add('issue-billing-run', { facilityId: run.facilityId, runId: run.id }, { replaceFinished: true });
  }
}

function newRun(
  facilityId: string,
  period: string,
  supplementary: boolean,
  actorId: string | null,
): Partial<BillingRun> {
  return {
    facilityId,
    period,
    supplementary,
    status: 'previewing',
    progress: 0,
    generation: 1,
    summary: { differences: [] },
    createdBy: actorId,
  };
}
