import { Injectable } from '@nestjs/common';
import { DomainError, dateInZone, parseIsoDate } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { InvoicesService } from '@tamago/billing';
import { TenantLookup } from '@tamago/tenants';
import { PaymentAllocation } from './entities/payment-allocation.entity';
import { Payment } from './entities/payment.entity';
import { PaymentLedger } from './payment-ledger.service';
import { PaymentsError } from './errors';

export type StatementLineKind = 'invoice' | 'credit_note' | 'void' | 'payment' | 'refund' | 'bank_fee';

/** One line of a tenant statement; debit raises what the tenant owes, credit lowers it. */
export interface StatementLine {
  date: string;
  kind: StatementLineKind;
  documentId: string;
  reference: string;
  debit: number;
  credit: number;
  balance: number;
}

export interface TenantStatement {
  tenantId: string;
  tenantName: string;
  from: string | null;
  to: string | null;
  openingBalance: number;
  lines: StatementLine[];
  /** Owed minus credit held: negative when the tenant is in credit. */
  closingBalance: number;
  creditBalance: number;
}

/** A tenant's account: invoices, credit notes, payments, refunds and fees with a running balance. */
@Injectable()
export class StatementService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly invoices: InvoicesService,
    private readonly ledger: PaymentLedger,
    private readonly tenants: TenantLookup,
  ) {}

  /** The statement; `ownTenantId` confines tenant users to their own tenant (others are 404). */
  statement(
    facilityId: string,
    tenantId: string,
    ownTenantId: string | null,
    range: { from?: string; to?: string } = {},
  ): Promise<TenantStatement> {
    const from = range.from ? parseIsoDate(range.from, 'from') : null;
    const to = range.to ? parseIsoDate(range.to, 'to') : null;
    return this.tx.inFacility(facilityId, async (em) => {
      const tenant = await this.tenants.find(em, facilityId, tenantId);
      if (!tenant || (ownTenantId !== null && ownTenantId !== tenantId))
        throw DomainError.notFound(PaymentsError.TenantNotFound, 'Tenant', tenantId);
      const docs = await this.invoices.issuedForTenant(facilityId, tenantId, em);
      const payments = await em.find(Payment, {
        where: { facilityId, tenantId },
        order: { paidOn: 'ASC', createdAt: 'ASC' },
      });
      const fees = await em.find(PaymentAllocation, { where: { facilityId, tenantId, kind: 'bank_fee' } });
      const raw: Omit<StatementLine, 'balance'>[] = [];
      for (const d of docs) {
        const amount = Math.abs(d.total);
        const reference = d.number ?? '';
        if (d.kind === 'credit_note') raw.push(line(d.issueDate!, 'credit_note', d.id, reference, 0, amount));
        else raw.push(line(d.issueDate!, 'invoice', d.id, reference, amount, 0));
        if (d.status === 'void' && d.kind === 'invoice') {
          raw.push(line(d.voidedAt ? dateInZone(d.voidedAt) : d.issueDate!, 'void', d.id, reference, 0, amount));
        }
      }
      for (const p of payments) {
        if (p.kind === 'payment') raw.push(line(p.paidOn, 'payment', p.id, p.method, 0, p.amount));
        else raw.push(line(p.paidOn, 'refund', p.id, p.method, -p.amount, 0));
      }
      for (const f of fees) raw.push(line(f.effectiveOn, 'bank_fee', f.paymentId, 'bank_fee', 0, f.amount));
      raw.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : ORDER[a.kind] - ORDER[b.kind]));
      let balance = 0;
      let openingBalance = 0;
      const lines: StatementLine[] = [];
      for (const l of raw) {
        balance += l.debit - l.credit;
        if (from && l.date < from) openingBalance = balance;
        else if (!to || l.date <= to) lines.push({ ...l, balance });
      }
      const closingBalance = lines.length > 0 ? lines[lines.length - 1].balance : openingBalance;
      const creditBalance = await this.ledger.creditBalance(em, facilityId, tenantId);
      return { tenantId, tenantName: tenant.name, from, to, openingBalance, lines, closingBalance, creditBalance };
    });
  }
}

// Same-day order: documents before the money that settles them.
const ORDER: Record<StatementLineKind, number> = {
  invoice: 0,
  credit_note: 1,
  void: 2,
  payment: 3,
  bank_fee: 4,
  refund: 5,
};

function line(
  date: string,
  kind: StatementLineKind,
  documentId: string,
  reference: string,
  debit: number,
  credit: number,
): Omit<StatementLine, 'balance'> {
  return { date, kind, documentId, reference, debit, credit };
}
