import { Injectable } from '@nestjs/common';
import { dateInZone } from '@tamago/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { InvoicesService, parsePeriod, periodEnd, periodStart } from '@tamago/billing';
import { Tenant } from '@tamago/tenants';
import { documentEntries, genericCsv, moneyEntry, yayoiCsv, type JournalEntry, type JournalMoney } from './domain';
import { DebitSettingsService, journalAccountsOf } from './debit-settings.service';

export type JournalFormat = 'yayoi' | 'generic';

/** Accounting export: the period's invoices, credit notes and money movements as journal CSV. */
@Injectable()
export class JournalService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly invoices: InvoicesService,
    private readonly settings: DebitSettingsService,
  ) {}

  /** The journal file for a period ('YYYY-MM') in the given format. */
  async export(
    facilityId: string,
    period: string,
    format: JournalFormat,
  ): Promise<{ fileName: string; bytes: Buffer; contentType: string }> {
    const entries = await this.entries(facilityId, period, format === 'yayoi' ? 'inclusive' : 'exclusive');
    const compact = period.replace('-', '');
    if (format === 'yayoi') {
      return {
        fileName: `journal-yayoi-${compact}.csv`,
        bytes: yayoiCsv(entries),
        contentType: 'text/csv; charset=Shift_JIS',
      };
    }
    return { fileName: `journal-${compact}.csv`, bytes: genericCsv(entries), contentType: 'text/csv; charset=utf-8' };
  }

  /** The entries behind the export. */
  entries(facilityId: string, period: string, mode: 'inclusive' | 'exclusive'): Promise<JournalEntry[]> {
    parsePeriod(period);
    const from = periodStart(period);
    const to = periodEnd(period);
    return this.tx.inFacility(facilityId, async (em) => {
      const accounts = journalAccountsOf(await this.settings.getIn(em, facilityId));
      const docs = await this.invoices.issuedBetween(facilityId, from, to, em);
      const entries = docs.flatMap((d) => {
        const voidedOn = d.voidedAt ? dateInZone(d.voidedAt) : null;
        return documentEntries(
          {
            kind: d.kind,
            number: d.number ?? '',
            issueDate: d.issueDate!,
            period: d.period,
            counterparty: d.recipientName,
            voidedOn: voidedOn && voidedOn <= to ? voidedOn : null,
            lines: (d.lines ?? []).map((l) => ({ source: l.sourceType, taxCategory: l.taxCategory, amount: l.amount })),
            taxSummary: d.taxSummary,
          },
          accounts,
          mode,
        );
      });
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
      const tenants = await em.find(Tenant, { where: { facilityId }, select: { id: true, name: true } });
      const names = new Map(tenants.map((t) => [t.id, t.name]));
      for (const r of money) {
        const entry = moneyEntry(
          {
            date: r.effective_on,
            paymentId: r.payment_id,
            event: r.event,
            kind: r.kind,
            method: r.method,
            amount: Number(r.amount),
            counterparty: names.get(r.tenant_id) ?? '',
          },
          accounts,
        );
        if (entry) entries.push(entry);
      }
      return entries;
    });
  }
}
