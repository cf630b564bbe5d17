import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { auditCreated } from '@tamago/audit';
import { TransactionRunner } from '@tamago/database';
import { LeaseLookup, billableLeases } from '@tamago/leasing';
import { TenantLookup } from '@tamago/tenants';
import { invoiceTotals, periodEnd, periodStart, previousPeriod, summarizeTax, type TaxRounding } from './domain';
import { BillingRun, type BillingRunDiff } from './billing-run.entity';
import { BillingSettingsService } from './billing-settings.service';
import { Charge } from './charge.entity';
import { type DraftLine, jaMonth, leaseLines, meteredAmount, priceInHundredths, priceText } from './draft-lines';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';
import { UTILITY_USAGE_SOURCE, type UtilityUsageSource } from './utility-usage';
import type { UtilityUnitPrice } from './billing-settings.entity';

/**
 * Tenants written per transaction (one multi-row INSERT of invoices, one of lines, one of their
 * audit events), so progress moves and no transaction grows large.
 */
const CHUNK = 100;

interface TenantDraft {
  tenantId: string;
  lines: DraftLine[];
}

/**
 * Builds a run's preview: one draft invoice per tenant with anything to bill, nothing numbered,
 * and the differences from the previous period. Safe to re-run: old drafts are dropped first, and
 * tenants already invoiced for the period are skipped (the unique index would refuse them anyway).
 */
@Injectable()
export class BillingRunPreviewService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly settings: BillingSettingsService,
    @Inject(UTILITY_USAGE_SOURCE) private readonly utilities: UtilityUsageSource,
    private readonly leases: LeaseLookup,
    private readonly tenants: TenantLookup,
  ) {}

  /** Runs the preview of generation `generation`; a stale or finished run is left alone. */
  async preview(facilityId: string, runId: string, generation: number): Promise<void> {
    const prepared = await this.tx.inFacility(facilityId, async (em) => {
      const run = await lockRun(em, facilityId, runId);
      if (!run || run.status !== 'previewing' || run.generation !== generation) return null;
      await em.delete(Invoice, { facilityId, billingRunId: runId, status: 'draft' });
      const settings = await this.settings.get(facilityId, em);
      const drafts = await this.collect(em, facilityId, run, settings.utilityUnitPrices);
      const names = await this.tenants.namesOf(
        em,
        facilityId,
        drafts.map((d) => d.tenantId),
      );
      return { run, drafts, names, rounding: settings.taxRounding };
    });
    if (!prepared) return;
    const { run, drafts, names, rounding } = prepared;
    for (let i = 0; i < drafts.length; i += CHUNK) {
      const chunk = drafts.slice(i, i + CHUNK);
      const progress = Math.floor(((i + chunk.length) * 95) / drafts.length);
      const still = await this.tx.inFacility(facilityId, async (em) => {
        const current = await lockRun(em, facilityId, runId);
        if (!current || current.status !== 'previewing' || current.generation !== generation) return false;
        await saveDrafts(em, facilityId, run, chunk, names, rounding);
        await em.update(BillingRun, { facilityId, id: runId }, { progress });
        return true;
      });
      if (!still) return;
    }
    await this.tx.inFacility(facilityId, (em) => this.finish(em, facilityId, run, generation));
  }

  /** Marks a preview failed with a reason people can read. */
  async fail(facilityId: string, runId: string, generation: number, reason: string): Promise<void> {
    await this.tx.inFacility(facilityId, async (em) => {
      const run = await lockRun(em, facilityId, runId);
      if (!run || run.status !== 'previewing' || run.generation !== generation) return;
      await em.update(
        BillingRun,
        { facilityId, id: runId },
        { status: 'failed', summary: { ...run.summary, error: reason } },
      );
    });
  }

  private async collect(
    em: EntityManager,
    facilityId: string,
    run: BillingRun,
    prices: UtilityUnitPrice[],
  ): Promise<TenantDraft[]> {
    const byTenant = new Map<string, DraftLine[]>();
    const add = (tenantId: string, lines: DraftLine[]) =>
      lines.length && byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), ...lines]);
    if (!run.supplementary) {
      const leases = await billableLeases(em, facilityId, periodStart(run.period), periodEnd(run.period));
      const rooms = await this.leases.roomCodesOf(
        em,
        facilityId,
        leases.map((l) => l.id),
      );
      for (const lease of leases)
        add(lease.tenantId, leaseLines(lease, run.period, rooms.get(lease.id)?.join('・') ?? null));
      for (const u of await this.utilities.usage(em, facilityId, previousPeriod(run.period))) {
        const price = prices.find((p) => p.kind === u.kind);
        if (price) add(u.tenantId, [utilityLine(price, u.quantity, u.meterId, previousPeriod(run.period))]);
      }
    }
    const charges = await em.find(Charge, {
      where: { facilityId, period: run.period, invoiceId: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const c of charges) add(c.tenantId, [chargeLine(c)]);
    const invoiced = await alreadyInvoiced(em, facilityId, run);
    return [...byTenant.entries()]
      .filter(([tenantId]) => !invoiced.has(tenantId))
      .map(([tenantId, lines]) => ({ tenantId, lines }))
      .sort((a, b) => (a.tenantId < b.tenantId ? -1 : 1));
  }

  private async finish(em: EntityManager, facilityId: string, run: BillingRun, generation: number): Promise<void> {
    const current = await lockRun(em, facilityId, run.id);
    if (!current || current.status !== 'previewing' || current.generation !== generation) return;
    const drafts = await em.find(Invoice, {
      select: { id: true, tenantId: true, status: true, subtotal: true, tax: true, total: true, recipientName: true },
      where: { facilityId, billingRunId: run.id },
    });
    const differences = run.supplementary ? [] : await diffFromPrevious(em, facilityId, run.period, drafts);
    await em.update(
      BillingRun,
      { facilityId, id: run.id },
      {
        status: 'previewed',
        progress: 100,
        invoiceCount: drafts.length,
        issuedCount: drafts.filter((d) => d.status !== 'draft').length,
        subtotal: drafts.reduce((s, d) => s + d.subtotal, 0),
        tax: drafts.reduce((s, d) => s + d.tax, 0),
        total: drafts.reduce((s, d) => s + d.total, 0),
        summary: { differences, error: null },
      },
    );
  }
}

/** The run row under a row lock, so preview, issue and re-runs of one run never interleave. */
export function lockRun(em: EntityManager, facilityId: string, runId: string): Promise<BillingRun | null> {
  return em
    .createQueryBuilder(BillingRun, 'r')
    .setLock('pessimistic_write')
    .where('r.facility_id = :facilityId AND r.id = :runId', { facilityId, runId })
    .getOne();
}

async function saveDrafts(
  em: EntityManager,
  facilityId: string,
  run: BillingRun,
  drafts: TenantDraft[],
  names: Map<string, string>,
  rounding: TaxRounding,
): Promise<void> {
  const invoices = drafts.map((draft) => {
    const taxSummary = summarizeTax(draft.lines, rounding);
    return em.create(Invoice, {
      facilityId,
      tenantId: draft.tenantId,
      billingRunId: run.id,
      period: run.period,
      kind: 'invoice',
      supplementary: run.supplementary,
      status: 'draft',
      recipientName: names.get(draft.tenantId) ?? '',
      taxSummary,
      ...invoiceTotals(taxSummary),
    });
  });
  // One INSERT for the chunk; the audit events the subscriber would write one by one go in one too.
  const result = await em.createQueryBuilder().insert().into(Invoice).values(invoices).callListeners(false).execute();
  invoices.forEach((invoice, i) => Object.assign(invoice, result.identifiers[i]));
  await auditCreated(em, Invoice, invoices as unknown as Record<string, unknown>[]);
  const lines = drafts.flatMap((d, i) =>
    d.lines.map((l, position) => ({ ...l, facilityId, invoiceId: invoices[i].id, position })),
  );
  if (lines.length) await em.insert(InvoiceLine, lines);
}

function chargeLine(c: Charge): DraftLine {
  return {
    description: c.description,
    quantity: String(c.quantity),
    unit: null,
    unitPrice: c.unitPrice,
    amount: c.amount,
    taxCategory: c.taxCategory,
    taxIncluded: c.taxIncluded,
    chargeKind: c.kind,
    sourceType: 'charge',
    sourceId: c.id,
    serviceFrom: null,
    serviceTo: null,
  };
}

function utilityLine(price: UtilityUnitPrice, quantity: string, meterId: string | null, period: string): DraftLine {
  return {
    description: `${price.description} ${jaMonth(period)}使用分`,
    quantity,
    unit: price.unit,
    // The line keeps whole yen in unit_price (floor) and the exact price as text for the document.
    unitPrice: Number(priceInHundredths(price.unitPrice) / 100n),
    unitPriceText: priceText(price.unitPrice),
    amount: meteredAmount(quantity, price.unitPrice),
    taxIncluded: price.taxIncluded === true,
    chargeKind: 'utility',
    taxCategory: price.taxCategory,
    sourceType: 'utility',
    sourceId: meterId,
    serviceFrom: periodStart(period),
    serviceTo: periodEnd(period),
  };
}

/** Tenants that already hold a live regular invoice for the period (regular runs only). */
async function alreadyInvoiced(em: EntityManager, facilityId: string, run: BillingRun): Promise<Set<string>> {
  if (run.supplementary) return new Set();
  const rows = await em.find(Invoice, {
    select: { tenantId: true, status: true },
    where: { facilityId, period: run.period, kind: 'invoice', supplementary: false },
  });
  return new Set(rows.filter((r) => r.status !== 'void' && r.status !== 'draft').map((r) => r.tenantId));
}

/** New, ended and changed tenants against the previous period's live regular invoices. */
async function diffFromPrevious(
  em: EntityManager,
  facilityId: string,
  period: string,
  drafts: Invoice[],
): Promise<BillingRunDiff[]> {
  const previous = await em.find(Invoice, {
    select: { id: true, tenantId: true, status: true, total: true, recipientName: true },
    where: { facilityId, period: previousPeriod(period), kind: 'invoice', supplementary: false },
  });
  const before = new Map(previous.filter((p) => p.status !== 'void').map((p) => [p.tenantId, p]));
  const now = new Map(drafts.map((d) => [d.tenantId, d]));
  const diffs: BillingRunDiff[] = [];
  for (const d of drafts) {
    const p = before.get(d.tenantId);
    if (!p)
      diffs.push({
        tenantId: d.tenantId,
        recipientName: d.recipientName,
        change: 'new',
        previousTotal: null,
        total: d.total,
      });
    else if (p.total !== d.total) {
      diffs.push({
        tenantId: d.tenantId,
        recipientName: d.recipientName,
        change: 'changed',
        previousTotal: p.total,
        total: d.total,
      });
    }
  }
  for (const p of before.values()) {
    if (!now.has(p.tenantId)) {
      diffs.push({
        tenantId: p.tenantId,
        recipientName: p.recipientName,
        change: 'ended',
        previousTotal: p.total,
        total: null,
      });
    }
  }
  return diffs;
}
