import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { auditCreated } from '@tamago/audit';
import { TransactionRunner, entitiesOf, queryRows } from '@tamago/database';
import { LeaseLookup, billableLeases } from '@tamago/leasing';
import { TenantLookup } from '@tamago/tenants';
import { invoiceTotals, periodEnd, periodStart, previousPeriod, summarizeTax, type TaxRounding } from './domain';
import { BillingRun, type BillingRunDiff } from './billing-run.entity';
import { BillingSettingsService } from './billing-settings.service';
import { Charge } from './charge.entity';
import { type DraftLine, jaMonth, leaseLines, meteredAmount, priceInHundredths, priceText } from './draft-lines';
import { Invoice } from './invoice.entity';
import { UTILITY_USAGE_SOURCE, type UtilityUsageSource } from './utility-usage';
import type { UtilityUnitPrice } from './billing-settings.entity';

/**
 * Tenants written per transaction (one INSERT … SELECT FROM unnest each for their invoices, lines
 * and audit events). A facility of up to CHUNK tenants is previewed in a single
 * transaction: drafts dropped, collected, written and the run marked previewed together.
 */
const CHUNK = 500;

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
    // The first transaction drops the old drafts, collects and writes the first chunk; when that is
    // every tenant (the usual facility) it also marks the run previewed, so a run is one transaction.
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
      const rounding = settings.taxRounding;
      const done = await this.writeChunk(em, facilityId, run, drafts, 0, names, rounding);
      return done ? null : { run, drafts, names, rounding };
    });
    if (!prepared) return;
    const { run, drafts, names, rounding } = prepared;
    for (let i = CHUNK; i < drafts.length; i += CHUNK) {
      const still = await this.tx.inFacility(facilityId, async (em) => {
        const current = await lockRun(em, facilityId, runId);
        if (!current || current.status !== 'previewing' || current.generation !== generation) return false;
        return !(await this.writeChunk(em, facilityId, run, drafts, i, names, rounding));
      });
      if (!still) return;
    }
  }

  /**
   * Writes drafts[from, from + CHUNK) under the locked run; after the last chunk marks the run
   * previewed in the same transaction. Answers whether the run is finished.
   */
  private async writeChunk(
    em: EntityManager,
    facilityId: string,
    run: BillingRun,
    drafts: TenantDraft[],
    from: number,
    names: Map<string, string>,
    rounding: TaxRounding,
  ): Promise<boolean> {
    const chunk = drafts.slice(from, from + CHUNK);
    if (chunk.length) await saveDrafts(em, facilityId, run, chunk, names, rounding);
    if (from + CHUNK < drafts.length) {
      const progress = Math.floor(((from + chunk.length) * 95) / drafts.length);
      await em.update(BillingRun, { facilityId, id: run.id }, { progress });
      return false;
    }
    await this.finish(em, facilityId, run);
    return true;
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
    const charges = entitiesOf(
      em,
      Charge,
      await queryRows(
        em,
        `SELECT c.* FROM charges c WHERE c.facility_id = $1 AND c.period = $2 AND c.invoice_id IS NULL
          ORDER BY c.created_at, c.id`,
        [facilityId, run.period],
      ),
    );
    for (const c of charges) add(c.tenantId, [chargeLine(c)]);
    const invoiced = await alreadyInvoiced(em, facilityId, run);
    return [...byTenant.entries()]
      .filter(([tenantId]) => !invoiced.has(tenantId))
      .map(([tenantId, lines]) => ({ tenantId, lines }))
      .sort((a, b) => (a.tenantId < b.tenantId ? -1 : 1));
  }

  /** Marks the run (locked by the caller's transaction) previewed, with its totals and differences. */
  private async finish(em: EntityManager, facilityId: string, run: BillingRun): Promise<void> {
    // The run's invoices and the previous period's in one statement of fixed SQL (a few columns of some 200
    // invoices a facility, which TypeORM's find took longer to build and hydrate than PostgreSQL to read).
    const rows = await queryRows<{ current: boolean }>(em, RUN_AND_PREVIOUS, [
      facilityId,
      run.id,
      previousPeriod(run.period),
      !run.supplementary,
    ]);
    const invoices = entitiesOf(em, Invoice, rows);
    const drafts = invoices.filter((_, i) => rows[i].current);
    const previous = invoices.filter((_, i) => !rows[i].current);
    const differences = run.supplementary ? [] : diffFromPrevious(drafts, previous);
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

/** $1 facility, $2 run: its invoices (current); $3 previous period, $4 regular run: that period's live regular invoices. */
const RUN_AND_PREVIOUS = `
  SELECT true AS current, tenant_id, status, subtotal, tax, total, recipient_name
    FROM invoices WHERE facility_id = $1 AND billing_run_id = $2
  UNION ALL
  SELECT false, tenant_id, status, subtotal, tax, total, recipient_name
    FROM invoices
   WHERE $4 AND facility_id = $1 AND period = $3 AND kind = 'invoice' AND supplementary = false AND status <> 'void'`;

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
  // Ids made here, so invoices, their lines and audit events go in three statements of one
  // parameter per column (unnest), however many rows: building a multi-row INSERT of hundreds of
  // entities cost the worker more CPU than PostgreSQL took to write them.
  const invoices = drafts.map((draft) => {
    const taxSummary = summarizeTax(draft.lines, rounding);
    return em.create(Invoice, {
      id: randomUUID(),
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
  await em.query(
    `INSERT INTO invoices (id, facility_id, tenant_id, billing_run_id, period, kind, supplementary, status,
                           recipient_name, tax_summary, subtotal, tax, total)
     SELECT u.id, $1, u.tenant_id, $2, $3, 'invoice', $4, 'draft', u.recipient_name, u.tax_summary, u.subtotal, u.tax, u.total
       FROM unnest($5::uuid[], $6::uuid[], $7::text[], $8::jsonb[], $9::bigint[], $10::bigint[], $11::bigint[])
            AS u(id, tenant_id, recipient_name, tax_summary, subtotal, tax, total)`,
    [
      facilityId,
      run.id,
      run.period,
      run.supplementary,
      invoices.map((i) => i.id),
      invoices.map((i) => i.tenantId),
      invoices.map((i) => i.recipientName),
      invoices.map((i) => JSON.stringify(i.taxSummary)),
      invoices.map((i) => i.subtotal),
      invoices.map((i) => i.tax),
      invoices.map((i) => i.total),
    ],
  );
  // The audit events the subscriber would write one by one, in one INSERT.
  await auditCreated(em, Invoice, invoices as unknown as Record<string, unknown>[]);
  const lines = drafts.flatMap((d, i) => d.lines.map((l, position) => ({ ...l, invoiceId: invoices[i].id, position })));
  if (lines.length === 0) return;
  await em.query(
    `INSERT INTO invoice_lines (id, facility_id, invoice_id, position, description, quantity, unit, unit_price,
                                unit_price_text, amount, tax_category, tax_included, charge_kind, source_type,
                                source_id, service_from, service_to)
     SELECT u.id, $1, u.invoice_id, u.position, u.description, u.quantity, u.unit, u.unit_price, u.unit_price_text,
            u.amount, u.tax_category, u.tax_included, u.charge_kind, u.source_type, u.source_id, u.service_from,
            u.service_to
       FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::numeric[], $7::text[], $8::bigint[], $9::text[],
                   $10::bigint[], $11::text[], $12::boolean[], $13::text[], $14::text[], $15::uuid[], $16::date[],
                   $17::date[])
            AS u(id, invoice_id, position, description, quantity, unit, unit_price, unit_price_text, amount,
                 tax_category, tax_included, charge_kind, source_type, source_id, service_from, service_to)`,
    [
      facilityId,
      lines.map(() => randomUUID()),
      lines.map((l) => l.invoiceId),
      lines.map((l) => l.position),
      lines.map((l) => l.description),
      lines.map((l) => l.quantity),
      lines.map((l) => l.unit),
      lines.map((l) => l.unitPrice),
      lines.map((l) => l.unitPriceText ?? null),
      lines.map((l) => l.amount),
      lines.map((l) => l.taxCategory),
      lines.map((l) => l.taxIncluded ?? false),
      lines.map((l) => l.chargeKind ?? null),
      lines.map((l) => l.sourceType),
      lines.map((l) => l.sourceId),
      lines.map((l) => l.serviceFrom),
      lines.map((l) => l.serviceTo),
    ],
  );
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
  const rows = await queryRows<{ tenant_id: string }>(
    em,
    `SELECT DISTINCT tenant_id FROM invoices
      WHERE facility_id = $1 AND period = $2 AND kind = 'invoice' AND supplementary = false
        AND status NOT IN ('void', 'draft')`,
    [facilityId, run.period],
  );
  return new Set(rows.map((r) => r.tenant_id));
}

/** New, ended and changed tenants against the previous period's live regular invoices. */
function diffFromPrevious(drafts: Invoice[], previous: Invoice[]): BillingRunDiff[] {
  const before = new Map(previous.map((p) => [p.tenantId, p]));
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
