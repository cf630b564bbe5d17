import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, clockIsSet, clockNow } from '@tamago/core';
import { entitiesOf, queryRows } from '@tamago/database';
import { facilityToday } from '@tamago/facilities';
import { TenantLookup } from '@tamago/tenants';
import { documentTitle, dueDateFor, periodEnd, periodStart } from './domain';
import { BillingSettingsService, assertCanIssue, type BillingSettingsView } from './billing-settings.service';
import { Charge } from './charge.entity';
import { InvoiceLine } from './invoice-line.entity';
import { formatInvoiceNumber } from './invoice-number';
import { Invoice } from './invoice.entity';
import { BillingRun } from './billing-run.entity';
import type { InvoiceSnapshot } from './invoice-types';
import { BillingError } from './errors';

/** Tenant kinds addressed as people (様) rather than organisations (御中). */
const PERSON_KINDS: readonly string[] = ['individual', 'sole_proprietor'];

/** Options of one issue: the date, and for credit notes the invoice corrected. */
export interface IssueOptions {
  issueDate: string;
  /** Null for credit notes (they are not due). */
  withDueDate: boolean;
  original?: Invoice | null;
  /** A reissue: the void invoice it replaces. */
  replaces?: Invoice | null;
}

/**
 * Turns a draft into an issued invoice inside the caller's transaction: the next number of the
 * facility's gap-free counter (row-locked by UPDATE … RETURNING, so a rollback returns it), the
 * due date, and the snapshot the PDF renders from. Charges billed by it are marked invoiced.
 */
@Injectable()
export class InvoiceIssuer {
  constructor(
    private readonly settingsService: BillingSettingsService,
    private readonly tenants: TenantLookup,
  ) {}

  /** Issues draft `invoiceId`; returns null (nothing done) when it is no longer a draft. */
  async issueDraft(
    em: EntityManager,
    facilityId: string,
    invoiceId: string,
    opts: IssueOptions,
  ): Promise<Invoice | null> {
    const invoice = await em
      .createQueryBuilder(Invoice, 'i')
      .setLock('pessimistic_write')
      .where('i.facility_id = :facilityId AND i.id = :invoiceId', { facilityId, invoiceId })
      .getOne();
    if (!invoice || invoice.status !== 'draft') return null;
    const lines = await em.find(InvoiceLine, { where: { facilityId, invoiceId }, order: { position: 'ASC' } });
    await markChargesInvoiced(em, facilityId, invoice.id, lines);
    const settings = await this.settingsService.get(facilityId, em);
    // Checked again here, in the issuing transaction: settings may have changed since the 409 check.
    assertCanIssue(settings, invoice.kind);
    const tenant = await this.tenants.find(em, facilityId, invoice.tenantId);
    const sequence = await nextSequence(em, facilityId);
    const number = formatInvoiceNumber(settings.invoiceNumberFormat, sequence, opts.issueDate);
    const dueDate = opts.withDueDate ? dueDateFor(invoice.period, settings.dueDateRule) : null;
    const recipientName = tenant?.name ?? invoice.recipientName;
    const honorific = tenant && PERSON_KINDS.includes(tenant.kind) ? '様' : '御中';
    const snapshot = snapshotOf({ ...invoice, recipientName }, lines, settings, number, opts, dueDate, honorific);
    await em.update(
      Invoice,
      { facilityId, id: invoice.id },
      { sequence, number, issueDate: opts.issueDate, dueDate, status: 'issued', snapshot, recipientName },
    );
    return Object.assign(invoice, { sequence, number, issueDate: opts.issueDate, dueDate, status: 'issued', snapshot });
  }

  /**
   * Issues drafts `invoiceIds` in the caller's transaction, numbered in the order given, in a
   * fixed number of round trips whatever their count: the drafts locked and their lines read at
   * once, their charges linked by one UPDATE, one move of the counter for the whole range, one
   * UPDATE of every invoice. The same numbers, due dates and snapshots as issueDraft one by one;
   * ids that are no longer drafts are skipped. Returns how many were issued.
   */
  async issueDrafts(em: EntityManager, facilityId: string, invoiceIds: string[], opts: IssueOptions): Promise<number> {
    if (invoiceIds.length === 0) return 0;
    // Fixed SQL and plain hydration (entitiesOf) for the drafts and their lines: a billing run issues
    // every facility's hundreds of lines, which TypeORM's find took longer to build and hydrate than
    // PostgreSQL to read.
    const locked = entitiesOf(
      em,
      Invoice,
      await queryRows(
        em,
        `SELECT i.* FROM invoices i WHERE i.facility_id = $1 AND i.id = ANY($2::uuid[]) AND i.status = 'draft' FOR UPDATE`,
        [facilityId, invoiceIds],
      ),
    );
    const byId = new Map(locked.map((i) => [i.id, i]));
    const drafts = invoiceIds.map((id) => byId.get(id)).filter((i): i is Invoice => i !== undefined);
    if (drafts.length === 0) return 0;
    const settings = await this.settingsService.get(facilityId, em);
    assertCanIssue(settings, drafts[0].kind);
    const ids = drafts.map((d) => d.id);
    const lines = entitiesOf(
      em,
      InvoiceLine,
      await queryRows(
        em,
        `SELECT l.* FROM invoice_lines l WHERE l.facility_id = $1 AND l.invoice_id = ANY($2::uuid[])
          ORDER BY l.invoice_id, l.position`,
        [facilityId, ids],
      ),
    );
    const linesOf = new Map<string, InvoiceLine[]>();
    for (const l of lines) linesOf.set(l.invoiceId, [...(linesOf.get(l.invoiceId) ?? []), l]);
    await markChargesOfMany(em, facilityId, lines);
    const tenantIds = [...new Set(drafts.map((d) => d.tenantId))];
    const tenants = new Map((await this.tenants.summaries(em, facilityId, tenantIds)).map((t) => [t.id, t]));
    const first = await takeSequences(em, facilityId, drafts.length);
    const updates = drafts.map((invoice, i) => {
      const sequence = first + i;
      const number = formatInvoiceNumber(settings.invoiceNumberFormat, sequence, opts.issueDate);
      const dueDate = opts.withDueDate ? dueDateFor(invoice.period, settings.dueDateRule) : null;
      const tenant = tenants.get(invoice.tenantId);
      const recipientName = tenant?.name ?? invoice.recipientName;
      const honorific = tenant && PERSON_KINDS.includes(tenant.kind) ? '様' : '御中';
      const snapshot = snapshotOf(
        { ...invoice, recipientName },
        linesOf.get(invoice.id) ?? [],
        settings,
        number,
        opts,
        dueDate,
        honorific,
      );
      return { id: invoice.id, sequence, number, dueDate, snapshot: JSON.stringify(snapshot), recipientName };
    });
    await em.query(
      `UPDATE invoices i
          SET sequence = u.sequence, number = u.number, issue_date = $2::date, due_date = u.due_date,
              status = 'issued', snapshot = u.snapshot, recipient_name = u.recipient_name,
              updated_at = coalesce($9::timestamptz, now())
         FROM unnest($3::uuid[], $4::int[], $5::text[], $6::date[], $7::jsonb[], $8::text[])
              AS u(id, sequence, number, due_date, snapshot, recipient_name)
        WHERE i.facility_id = $1 AND i.id = u.id`,
      [
        facilityId,
        opts.issueDate,
        updates.map((u) => u.id),
        updates.map((u) => u.sequence),
        updates.map((u) => u.number),
        updates.map((u) => u.dueDate),
        updates.map((u) => u.snapshot),
        updates.map((u) => u.recipientName),
        // The ambient clock when one is set (the demo replaying history), as ClockSubscriber does.
        clockIsSet() ? clockNow() : null,
      ],
    );
    return drafts.length;
  }

  /**
   * The snapshot a draft would be issued with, for its preview PDF: the same lines, totals, issuer
   * and due date, marked as a draft with no number. Nothing is written.
   */
  async draftSnapshot(em: EntityManager, facilityId: string, invoice: Invoice): Promise<InvoiceSnapshot> {
    const lines = await em.find(InvoiceLine, {
      where: { facilityId, invoiceId: invoice.id },
      order: { position: 'ASC' },
    });
    const settings = await this.settingsService.get(facilityId, em);
    const tenant = await this.tenants.find(em, facilityId, invoice.tenantId);
    const run = invoice.billingRunId ? await em.findOneBy(BillingRun, { facilityId, id: invoice.billingRunId }) : null;
    const issueDate = run?.issueDate ?? (await facilityToday(em, facilityId));
    const dueDate = invoice.kind === 'invoice' ? dueDateFor(invoice.period, settings.dueDateRule) : null;
    const honorific = tenant && PERSON_KINDS.includes(tenant.kind) ? '様' : '御中';
    const recipientName = tenant?.name ?? invoice.recipientName;
    const opts = { issueDate, withDueDate: dueDate !== null };
    return {
      ...snapshotOf({ ...invoice, recipientName }, lines, settings, '（下書き）', opts, dueDate, honorific),
      draft: true,
    };
  }
}

/** Takes the next number of the facility's counter; the row stays locked until the transaction ends. */
async function nextSequence(em: EntityManager, facilityId: string): Promise<number> {
  await em.query(
    'INSERT INTO invoice_counters (facility_id, last_sequence) VALUES ($1, 0) ON CONFLICT (facility_id) DO NOTHING',
    [facilityId],
  );
  const rows = await queryRows<{ last_sequence: number }>(
    em,
    'UPDATE invoice_counters SET last_sequence = last_sequence + 1 WHERE facility_id = $1 RETURNING last_sequence',
    [facilityId],
  );
  return rows[0].last_sequence;
}

/** Takes `count` numbers of the facility's counter at once; returns the first. The row stays locked. */
async function takeSequences(em: EntityManager, facilityId: string, count: number): Promise<number> {
  const rows = await queryRows<{ last_sequence: number }>(
    em,
    `INSERT INTO invoice_counters (facility_id, last_sequence) VALUES ($1, $2)
     ON CONFLICT (facility_id) DO UPDATE SET last_sequence = invoice_counters.last_sequence + EXCLUDED.last_sequence
     RETURNING last_sequence`,
    [facilityId, count],
  );
  return rows[0].last_sequence - count + 1;
}

/** markChargesInvoiced for the lines of many invoices, in one UPDATE. */
async function markChargesOfMany(em: EntityManager, facilityId: string, lines: InvoiceLine[]): Promise<void> {
  const billed = lines.filter((l) => l.sourceType === 'charge' && l.sourceId);
  if (billed.length === 0) return;
  const rows = await queryRows<{ id: string }>(
    em,
    `UPDATE charges c SET invoice_id = u.invoice_id
       FROM unnest($2::uuid[], $3::uuid[]) AS u(id, invoice_id)
      WHERE c.facility_id = $1 AND c.id = u.id AND c.invoice_id IS NULL
      RETURNING c.id`,
    [facilityId, billed.map((l) => l.sourceId), billed.map((l) => l.invoiceId)],
  );
  if (rows.length !== billed.length) {
    throw new DomainError(
      ErrorCode.Conflict,
      BillingError.ChargesChangedSincePreview,
      'Charges changed since the preview; preview the run again.',
    );
  }
}

/**
 * Links the charges on the invoice to it. A charge deleted or billed elsewhere since the preview
 * makes the draft stale: refuse (409) rather than bill something that is gone.
 */
async function markChargesInvoiced(
  em: EntityManager,
  facilityId: string,
  invoiceId: string,
  lines: InvoiceLine[],
): Promise<void> {
  const ids = lines.filter((l) => l.sourceType === 'charge' && l.sourceId).map((l) => l.sourceId as string);
  if (ids.length === 0) return;
  const result = await em
    .createQueryBuilder()
    .update(Charge)
    .set({ invoiceId })
    .where('facility_id = :facilityId AND id IN (:...ids) AND invoice_id IS NULL', { facilityId, ids })
    .execute();
  if (result.affected !== ids.length) {
    throw new DomainError(
      ErrorCode.Conflict,
      BillingError.ChargesChangedSincePreview,
      'Charges changed since the preview; preview the run again.',
    );
  }
}

function snapshotOf(
  invoice: Invoice,
  lines: InvoiceLine[],
  settings: BillingSettingsView,
  number: string,
  opts: IssueOptions,
  dueDate: string | null,
  honorific: '御中' | '様',
): InvoiceSnapshot {
  return {
    version: 1,
    kind: invoice.kind,
    title: documentTitle(invoice.kind, settings.qualifiedInvoiceIssuer),
    qualified: settings.qualifiedInvoiceIssuer,
    number,
    issueDate: opts.issueDate,
    dueDate,
    period: invoice.period,
    periodFrom: periodStart(invoice.period),
    periodTo: periodEnd(invoice.period),
    issuer: {
      name: settings.issuerName,
      registrationNumber: settings.qualifiedInvoiceIssuer ? settings.registrationNumber : null,
      address: settings.issuerAddress,
      phone: settings.issuerPhone,
      sealPng: settings.issuerSealPng,
    },
    recipient: { name: invoice.recipientName, honorific },
    lines: lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      unitPriceText: l.unitPriceText,
      amount: l.amount,
      taxCategory: l.taxCategory,
      reducedRate: l.taxCategory === 'reduced',
      taxIncluded: l.taxIncluded,
    })),
    taxSummary: invoice.taxSummary,
    subtotal: invoice.subtotal,
    tax: invoice.tax,
    total: invoice.total,
    bankAccount: settings.bankAccount,
    original: opts.original ? { number: opts.original.number ?? '', issueDate: opts.original.issueDate ?? '' } : null,
    reason: invoice.reason,
    replaces: opts.replaces ? { number: opts.replaces.number ?? '', issueDate: opts.replaces.issueDate ?? '' } : null,
  };
}
