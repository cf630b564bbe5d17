import { clockIsSet, clockNow } from '@tamago/core';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppConfig } from '@tamago/config';
import { TransactionRunner, queryRows } from '@tamago/database';
import { BillingRun } from './billing-run.entity';
import { lockRun } from './billing-run-preview.service';
import { InvoiceIssuer } from './invoice-issuer.service';
import { Invoice } from './invoice.entity';

/** One transaction of issue(): the run's outcome when it ended (issued or not to be issued), else its progress. */
type Step = { done: IssuedRun | null } | { progress: number };

/** The tenants an issued run invoiced, and its issue date (whose credit payments is asked to apply). */
export interface IssuedRun {
  issueDate: string;
  tenantIds: string[];
}

/**
 * Issues a run's drafts, one transaction per chunk of drafts (BILLING_ISSUE_CHUNK): a crash or a
 * second worker at any moment leaves each draft either fully issued (number, snapshot, charges) or
 * untouched, and the number counter moves only with committed invoices — so re-running completes
 * the run with no gap and no duplicate. The last chunk marks the run issued in its own
 * transaction, so a facility of up to one chunk is read in one transaction and issued in another.
 */
@Injectable()
export class BillingRunIssueService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly issuer: InvoiceIssuer,
    private readonly config: AppConfig,
  ) {}

  /**
   * Issues every remaining draft of an 'issuing' run, then marks it issued. Answers the invoiced
   * tenants when the run is issued (by this call or before it), null otherwise.
   */
  async issue(facilityId: string, runId: string, onProgress?: (p: number) => Promise<void>): Promise<IssuedRun | null> {
    const size = this.config.BILLING_ISSUE_CHUNK;
    // Read by the first transaction, which also issues the first chunk: a facility of up to one
    // chunk is issued (and marked issued) in a single transaction.
    const run: { drafts: string[] | null; issueDate: string } = { drafts: null, issueDate: '' };
    // At least one pass, so a run whose drafts another worker issued is still marked issued.
    for (let i = 0; run.drafts === null || i < Math.max(run.drafts.length, 1); i += size) {
      const step = await this.tx.inFacility(facilityId, async (em): Promise<Step> => {
        if (run.drafts === null) {
          const current = await em.findOneBy(BillingRun, { facilityId, id: runId });
          // Issued before (a retry after the run committed): nothing to issue, the tenants answered.
          if (current?.status === 'issued') return { done: await issuedIn(em, facilityId, current) };
          if (!current || current.status !== 'issuing' || !current.issueDate) return { done: null };
          run.issueDate = current.issueDate;
          const rows = await em.find(Invoice, {
            select: { id: true },
            where: { facilityId, billingRunId: runId, status: 'draft' },
            // Numbers follow the recipients' order, the same on every retry.
            order: { recipientName: 'ASC', tenantId: 'ASC' },
          });
          run.drafts = rows.map((d) => d.id);
        }
        const chunk = run.drafts.slice(i, i + size);
        const opts = { issueDate: run.issueDate, withDueDate: true };
        const issued = await this.issuer.issueDrafts(em, facilityId, chunk, opts);
        const progress = await bumpProgress(em, facilityId, runId, issued);
        if (i + size < run.drafts.length) return { progress };
        return { done: await finishIn(em, facilityId, runId) };
      });
      if ('done' in step) return step.done;
      if (onProgress) await onProgress(step.progress);
      if (this.config.JOB_STEP_PAUSE_MS) await new Promise((r) => setTimeout(r, this.config.JOB_STEP_PAUSE_MS));
    }
    return null;
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
  issuedTenants(facilityId: string, runId: string): Promise<IssuedRun | null> {
    return this.tx.inFacility(facilityId, async (em) => {
      const run = await em.findOneBy(BillingRun, { facilityId, id: runId });
      return run ? issuedIn(em, facilityId, run) : null;
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
async function bumpProgress(em: EntityManager, facilityId: string, runId: string, issued: number): Promise<number> {
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

/**
 * Marks the run issued when no draft is left (another worker may still hold some), in the
 * transaction of the last chunk, after bumpProgress took the run's row lock (so the counts below
 * see every other issuer's committed chunks): one statement that counts, updates and answers the
 * invoiced tenants. Null when the run is not (yet) issued.
 */
async function finishIn(em: EntityManager, facilityId: string, runId: string): Promise<IssuedRun | null> {
  const rows = await queryRows<{ status: string; issueDate: string | null; tenantIds: string[] | null }>(
    em,
    `WITH counted AS (
       SELECT count(*) FILTER (WHERE status = 'draft') AS left_over,
              count(*) FILTER (WHERE kind = 'invoice') AS invoices
         FROM invoices WHERE facility_id = $1 AND billing_run_id = $2
     ), finished AS (
       UPDATE billing_runs r
          SET status = 'issued', progress = 100, issued_at = $3, issued_count = c.invoices,
              updated_at = coalesce($4::timestamptz, now())
         FROM counted c
        WHERE r.facility_id = $1 AND r.id = $2 AND r.status = 'issuing' AND c.left_over = 0
       RETURNING r.status
     )
     SELECT coalesce((SELECT status FROM finished), r.status) AS status,
            to_char(r.issue_date, 'YYYY-MM-DD') AS "issueDate",
            (SELECT array_agg(DISTINCT i.tenant_id::text ORDER BY i.tenant_id::text) FROM invoices i
              WHERE i.facility_id = $1 AND i.billing_run_id = $2 AND i.kind = 'invoice'
                AND i.status IN ('issued', 'partially_paid', 'paid')) AS "tenantIds"
       FROM billing_runs r WHERE r.facility_id = $1 AND r.id = $2`,
    [facilityId, runId, clockNow(), clockIsSet() ? clockNow() : null],
  );
  const row = rows[0];
  if (!row || row.status !== 'issued' || !row.issueDate) return null;
  return { issueDate: row.issueDate, tenantIds: row.tenantIds ?? [] };
}

/** The invoiced tenants of a run that is issued (null otherwise). */
async function issuedIn(
  em: EntityManager,
  facilityId: string,
  run: Pick<BillingRun, 'id' | 'status' | 'issueDate'>,
): Promise<IssuedRun | null> {
  if (run.status !== 'issued' || !run.issueDate) return null;
  const invoices = await em.find(Invoice, {
    select: { tenantId: true },
    where: { facilityId, billingRunId: run.id, kind: 'invoice', status: In(['issued', 'partially_paid', 'paid']) },
    order: { tenantId: 'ASC' },
  });
  return { issueDate: run.issueDate, tenantIds: [...new Set(invoices.map((i) => i.tenantId))] };
}
