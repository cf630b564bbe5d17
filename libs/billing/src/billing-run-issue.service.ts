import { clockNow } from '@tamago/core';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AppConfig } from '@tamago/config';
import { TransactionRunner, queryRows } from '@tamago/database';
import { BillingRun } from './billing-run.entity';
import { lockRun } from './billing-run-preview.service';
import { InvoiceIssuer } from './invoice-issuer.service';
import { Invoice } from './invoice.entity';

/** Drafts issued per transaction: a fixed number of round trips for each chunk (see issueDrafts). */

/**
 * Issues a run's drafts, one transaction per chunk of drafts: a crash or a second worker at any
 * moment leaves each draft either fully issued (number, snapshot, charges) or untouched, and the
 * number counter moves only with committed invoices — so re-running completes the run with no gap
 * and no duplicate.
 */
@Injectable()
export class BillingRunIssueService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly issuer: InvoiceIssuer,
    private readonly config: AppConfig,
  ) {}

  /** Issues every remaining draft of an 'issuing' run, then marks it issued. */
  async issue(facilityId: string, runId: string, onProgress?: (p: number) => Promise<void>): Promise<void> {
    const run = await this.tx.inFacility(facilityId, (em) => em.findOneBy(BillingRun, { facilityId, id: runId }));
    if (!run || run.status !== 'issuing' || !run.issueDate) return;
    const drafts = await this.tx.inFacility(facilityId, (em) =>
      em.find(Invoice, {
        select: { id: true },
        where: { facilityId, billingRunId: runId, status: 'draft' },
        // Numbers follow the recipients' order, the same on every retry.
        order: { recipientName: 'ASC', tenantId: 'ASC' },
      }),
    );
    const size = this.config.BILLING_ISSUE_CHUNK;
    for (let i = 0; i < drafts.length; i += size) {
      const chunk = drafts.slice(i, i + size).map((d) => d.id);
      const progress = await this.tx.inFacility(facilityId, async (em) => {
        const issued = await this.issuer.issueDrafts(em, facilityId, chunk, {
          issueDate: run.issueDate!,
          withDueDate: true,
        });
        return bumpProgress(em, facilityId, runId, issued);
      });
      if (onProgress) await onProgress(progress);
      if (this.config.JOB_STEP_PAUSE_MS) await new Promise((r) => setTimeout(r, this.config.JOB_STEP_PAUSE_MS));
    }
    await this.tx.inFacility(facilityId, async (em) => {
      const current = await lockRun(em, facilityId, runId);
      if (!current || current.status !== 'issuing') return;
      const left = await em.count(Invoice, { where: { facilityId, billingRunId: runId, status: 'draft' } });
      if (left > 0) return; // another worker is still on it
      // Counted, not summed from the job's increments: a crashed attempt may have issued some.
      const issuedCount = await em.count(Invoice, { where: { facilityId, billingRunId: runId, kind: 'invoice' } });
      await em.update(
        BillingRun,
        { facilityId, id: runId },
        { status: 'issued', progress: 100, issuedAt: clockNow(), issuedCount },
      );
    });
  }

  /**
   * Issues every remaining draft of an 'issuing' run in one transaction and marks it issued: for
   * bulk loads (the demo's year of history), where a transaction per invoice dominates. All or
   * nothing, with the same numbers, due dates and snapshots as issue(); the job keeps issue().
   */
  async issueAll(facilityId: string, runId: string): Promise<void> {
    await this.tx.inFacility(facilityId, async (em) => {
      const run = await lockRun(em, facilityId, runId);
      if (!run || run.status !== 'issuing' || !run.issueDate) return;
      const drafts = await em.find(Invoice, {
        select: { id: true },
        where: { facilityId, billingRunId: runId, status: 'draft' },
        order: { recipientName: 'ASC', tenantId: 'ASC' },
      });
      await this.issuer.issueDrafts(
        em,
        facilityId,
        drafts.map((d) => d.id),
        { issueDate: run.issueDate, withDueDate: true },
      );
      const issuedCount = await em.count(Invoice, { where: { facilityId, billingRunId: runId, kind: 'invoice' } });
      await em.update(
        BillingRun,
        { facilityId, id: runId },
        { status: 'issued', progress: 100, issuedAt: clockNow(), issuedCount },
      );
    });
  }

  /**
   * The tenants invoiced by an issued run and its issue date (null while the run is not issued):
   * whose credit balance the payments context is asked to apply once the run is done.
   */
  issuedTenants(facilityId: string, runId: string): Promise<{ issueDate: string; tenantIds: string[] } | null> {
    return this.tx.inFacility(facilityId, async (em) => {
      const run = await em.findOneBy(BillingRun, { facilityId, id: runId });
      if (!run || run.status !== 'issued' || !run.issueDate) return null;
      const invoices = await em.find(Invoice, {
        select: { tenantId: true },
        where: { facilityId, billingRunId: runId, kind: 'invoice', status: In(['issued', 'partially_paid', 'paid']) },
        order: { tenantId: 'ASC' },
      });
      return { issueDate: run.issueDate, tenantIds: [...new Set(invoices.map((i) => i.tenantId))] };
    });
  }

  /** Marks an issuing run failed (it can be issued again: issued invoices stay, drafts continue). */
  async fail(facilityId: string, runId: string, reason: string): Promise<void> {
    await this.tx.inFacility(facilityId, async (em) => {
      const run = await lockRun(em, facilityId, runId);
      if (!run || run.status !== 'issuing') return;
      await em.update(
        BillingRun,
        { facilityId, id: runId },
        { status: 'failed', summary: { ...run.summary, error: reason } },
      );
    });
  }
}

/** issued_count and progress move in the same transaction as the invoices they count; returns the progress. */
async function bumpProgress(
  em: import('typeorm').EntityManager,
  facilityId: string,
  runId: string,
  issued: number,
): Promise<number> {
  const rows = await queryRows<{ progress: number }>(
    em,
    `UPDATE billing_runs SET issued_count = issued_count + $3,
            progress = LEAST(99, ((issued_count + $3) * 100) / GREATEST(invoice_count, 1))
      WHERE facility_id = $1 AND id = $2
      RETURNING progress`,
    [facilityId, runId, issued],
  );
  return rows[0]?.progress ?? 0;
}
