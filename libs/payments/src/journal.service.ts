import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { dateInZone } from '@tamago/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { facilityTimeZone } from '@tamago/facilities';
import { InvoicesService, lineKind, parsePeriod, periodEnd, periodStart, type Invoice } from '@tamago/billing';
import { TenantLookup } from '@tamago/tenants';
import {
  documentEntries,
  genericCsv,
  moneyEntry,
  trialBalance,
  yayoiCsv,
  type JournalEntry,
  type JournalMoney,
  type TaxPresentation,
  type TrialBalanceRow,
} from './domain';
import { DebitSettingsService, journalAccountsOf } from './debit-settings.service';
import type { DebitSettings } from './entities/debit-settings.entity';

export type JournalFormat = 'yayoi' | 'generic';

/** A month's trial balance (合計試算表), tax-exclusive (税抜経理). */
export interface TrialBalance {
  period: string;
  revenueRecognition: DebitSettings['revenueRecognition'];
  rows: TrialBalanceRow[];
  debit: number;
  credit: number;
}

/**
 * Accounting export: every journal entry dated in a month — invoices and credit notes issued in
 * it, 前受金 released into it, voids made in it (as their own slips, whatever month the original
 * was in) and money movements — as 弥生 or generic CSV, and the month's trial balance.
 */
@Injectable()
export class JournalService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly invoices: InvoicesService,
    private readonly settings: DebitSettingsService,
    private readonly tenants: TenantLookup,
  ) {}

  /** The journal file for a period ('YYYY-MM') in the given format. */
  async export(
    facilityId: string,
    period: string,
    format: JournalFormat,
  ): Promise<{ fileName: string; bytes: Buffer; contentType: string }> {
    const { entries, settings } = await this.compute(
      facilityId,
      period,
      format === 'yayoi' ? 'inclusive' : 'exclusive',
    );
    const compact = period.replace('-', '');
    // The facility's recognition choice is stated on the export: in the file name when revenue is
    // booked on issue, and on every row of the generic file.
    const suffix = settings.revenueRecognition === 'issue_date' ? '-issue-date' : '';
    if (format === 'yayoi') {
      return {
        fileName: `journal-yayoi-${compact}${suffix}.csv`,
        bytes: yayoiCsv(entries),
        contentType: 'text/csv; charset=Shift_JIS',
      };
    }
    return {
      fileName: `journal-${compact}${suffix}.csv`,
      bytes: genericCsv(entries, settings.revenueRecognition),
      contentType: 'text/csv; charset=utf-8',
    };
  }

  /** The entries behind the export. */
  async entries(facilityId: string, period: string, mode: TaxPresentation): Promise<JournalEntry[]> {
    return (await this.compute(facilityId, period, mode)).entries;
  }

  /** Debit and credit totals per account for the month; debits always equal credits. */
  async trialBalance(facilityId: string, period: string): Promise<TrialBalance> {
    const { entries, settings } = await this.compute(facilityId, period, 'exclusive');
    return { period, revenueRecognition: settings.revenueRecognition, ...trialBalance(entries) };
  }

  private compute(
    facilityId: string,
    period: string,
    mode: TaxPresentation,
  ): Promise<{ entries: JournalEntry[]; settings: DebitSettings }> {
    parsePeriod(period);
    const from = periodStart(period);
    const to = periodEnd(period);
    return this.tx.inFacility(facilityId, async (em) => {
      const settings = await this.settings.getIn(em, facilityId);
      const accounts = journalAccountsOf(settings);
      const zone = await facilityTimeZone(em, facilityId);
      const docs = await this.invoices.accountingDocuments(facilityId, from, to, em);
      const inPeriod = (e: JournalEntry) => e.date >= from && e.date <= to;
      const entries = docs
        .flatMap((d) => documentEntries(journalDocument(d, zone), accounts, mode, settings.revenueRecognition))
        .filter(inPeriod)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      for (const row of await moneyRows(em, this.tenants, facilityId, from, to)) {
        const entry = moneyEntry(row, accounts, settings.transferFeeTreatment);
        if (entry) entries.push(entry);
      }
      return { entries, settings };
    });
  }
}

/** An invoice as the journal reads it: lines by kind and service month, the void date in the facility's zone. */
function journalDocument(d: Invoice, zone: string) {
  return {
    kind: d.kind,
    number: d.number ?? '',
    issueDate: d.issueDate!,
    period: d.period,
    counterparty: d.recipientName,
    voidedOn: d.voidedAt ? dateInZone(d.voidedAt, zone) : null,
    lines: (d.lines ?? []).map((l) => ({
      kind: lineKind(l),
      taxCategory: l.taxCategory,
      amount: l.amount,
      taxIncluded: l.taxIncluded,
      serviceMonth: l.serviceFrom ? l.serviceFrom.slice(0, 7) : null,
    })),
    taxSummary: d.taxSummary,
  };
}

async function moneyRows(
  em: EntityManager,
  tenants: TenantLookup,
  facilityId: string,
  from: string,
  to: string,
): Promise<JournalMoney[]> {
  const money = await queryRows<{
    effective_on: string;
    payment_id: string;
    tenant_id: string;
    event: JournalMoney['event'];
    kind: JournalMoney['kind'];
    method: string;
    amount: string;
  }>(
    em,
    `SELECT a.effective_on::text, a.payment_id, a.tenant_id, a.event, a.kind, p.method, a.amount
       FROM payment_allocations a
       JOIN payments p ON p.id = a.payment_id AND p.facility_id = a.facility_id
      WHERE a.facility_id = $1 AND a.effective_on BETWEEN $2 AND $3
      ORDER BY a.effective_on, a.created_at, a.payment_id, a.position`,
    [facilityId, from, to],
  );
  const names = await tenants.namesOf(em, facilityId);
  return money.map((r) => ({
    date: r.effective_on,
    paymentId: r.payment_id,
    event: r.event,
    kind: r.kind,
    method: r.method,
    amount: Number(r.amount),
    counterparty: names.get(r.tenant_id) ?? '',
  }));
}
