import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import { queryRows } from '@tamago/database';
import { InvoicesService, requireYen } from '@tamago/billing';
import {
  drawCredit,
  planRefund,
  splitBankFee,
  type CreditSource,
  type PaymentHoldings,
  allocatePayment,
} from './domain';
import { AllocationEvent, AllocationKind, PaymentAllocation } from './entities/payment-allocation.entity';
import { Payment, PaymentMethod, PaymentSource } from './entities/payment.entity';
import { PaymentsError } from './errors';

/** Payments above this are refused as typing mistakes (¥10 billion). */
export const MAX_PAYMENT_YEN = 10_000_000_000;

export interface LedgerPayment {
  tenantId: string;
  amount: number;
  paidOn: string;
  method: PaymentMethod;
  source: PaymentSource;
  invoiceIds?: string[];
  note?: string | null;
  /** Shortfall accepted as the payer's bank fee: counted as paid on the invoices, not as money. */
  bankFee?: number;
  createdBy?: string | null;
}

/**
 * The payments ledger: writes payments, refunds and credit use as allocation rows and moves the
 * invoices' paid amounts through billing's InvoicesService, all inside the caller's facility
 * transaction. A per-tenant advisory lock serialises writers so two payments never both see the
 * same open amount.
 */
@Injectable()
export class PaymentLedger {
  constructor(private readonly invoices: InvoicesService) {}

  /** Records a payment: oldest open invoices first (or the named ones), the rest held as credit. */
  async record(em: EntityManager, facilityId: string, input: LedgerPayment): Promise<Payment> {
    const amount = requireYen(input.amount, 'amount', { min: 1, max: MAX_PAYMENT_YEN });
    const fee = requireYen(input.bankFee ?? 0, 'bankFee', { min: 0, max: MAX_PAYMENT_YEN });
    await this.lockTenant(em, facilityId, input.tenantId);
    const open = await this.invoices.openInvoices(facilityId, input.tenantId, em);
    const openIds = new Set(open.map((i) => i.id));
    input.invoiceIds?.forEach((id, i) => {
      if (!openIds.has(id)) {
        throw DomainError.invalid(
          PaymentsError.InvoiceNotOpenForTenant,
          `invoiceIds[${i}]`,
          `Invoice ${id} is not an open invoice of this tenant.`,
          { id },
        );
      }
    });
    const openView = open.map((i) => ({ ...i, number: i.number ?? '' }));
    const { allocations, remainder } = allocatePayment(amount + fee, openView, input.invoiceIds);
    if (fee > 0 && remainder > 0) {
      throw DomainError.invalid(
        PaymentsError.BankFeeNotAllowed,
        'bankFee',
        'A bank fee can only be accepted when the payment leaves nothing over.',
      );
    }
    const payment = await em.save(
      em.create(Payment, {
        facilityId,
        tenantId: input.tenantId,
        kind: 'payment',
        amount,
        paidOn: input.paidOn,
        method: input.method,
        source: input.source,
        refundOfId: null,
        note: input.note ?? null,
        createdBy: input.createdBy ?? null,
      }),
    );
    const rows: Row[] = [];
    for (const a of splitBankFee(allocations, fee)) {
      if (a.paid > 0) rows.push({ kind: 'invoice', invoiceId: a.invoiceId, amount: a.paid });
      if (a.fee > 0) rows.push({ kind: 'bank_fee', invoiceId: a.invoiceId, amount: a.fee });
      await this.invoices.applyPayment(em, facilityId, a.invoiceId, a.paid + a.fee);
    }
    if (remainder > 0) rows.push({ kind: 'credit', invoiceId: null, amount: remainder });
    await this.writeRows(em, payment, payment.id, 'payment', input.paidOn, rows);
    return payment;
  }

  /** Gives money back from a payment: unused credit first, then its invoice allocations, newest first. */
  async refund(
    em: EntityManager,
    facilityId: string,
    paymentId: string,
    input: {
      amount: number;
      refundedOn: string;
      note?: string | null;
      createdBy?: string | null;
      source?: PaymentSource;
    },
  ): Promise<Payment> {
    const original = await em.findOneBy(Payment, { facilityId, id: paymentId });
    if (!original) throw DomainError.notFound(PaymentsError.PaymentNotFound, 'Payment', paymentId);
    if (original.kind !== 'payment') {
      throw new DomainError(
        ErrorCode.Unprocessable,
        PaymentsError.RefundOfRefund,
        'A refund cannot itself be refunded.',
      );
    }
    if (input.refundedOn < original.paidOn)
      throw DomainError.invalid(PaymentsError.RefundBeforePayment, 'refundedOn', 'refundedOn is before the payment.');
    await this.lockTenant(em, facilityId, original.tenantId);
    const plan = planRefund(input.amount, await this.holdingsOf(em, facilityId, original.id));
    const refund = await em.save(
      em.create(Payment, {
        facilityId,
        tenantId: original.tenantId,
        kind: 'refund',
        amount: -input.amount,
        paidOn: input.refundedOn,
        method: original.method,
        source: input.source ?? 'manual',
        refundOfId: original.id,
        note: input.note ?? null,
        createdBy: input.createdBy ?? null,
      }),
    );
    const rows: Row[] = plan.invoices.map((i) => ({ kind: 'invoice', invoiceId: i.invoiceId, amount: -i.amount }));
    for (const i of plan.invoices) await this.invoices.applyPayment(em, facilityId, i.invoiceId, -i.amount);
    if (plan.credit > 0) rows.push({ kind: 'credit', invoiceId: null, amount: -plan.credit });
    await this.writeRows(em, refund, refund.id, 'refund', input.refundedOn, rows);
    return refund;
  }

  /** Yen of a payment not yet refunded (its unused credit plus what its invoice allocations still hold). */
  async refundable(em: EntityManager, facilityId: string, paymentId: string): Promise<number> {
    const held = await this.holdingsOf(em, facilityId, paymentId);
    return held.credit + held.invoices.reduce((s, i) => s + i.amount, 0);
  }

  /** Uses the tenant's credit balance on its open invoices, oldest first; returns the yen applied. */
  async applyCredit(
    em: EntityManager,
    facilityId: string,
    tenantId: string,
    on: string,
    invoiceIds?: string[],
  ): Promise<{ applied: number; allocations: { invoiceId: string; amount: number }[] }> {
    await this.lockTenant(em, facilityId, tenantId);
    const sources = await this.creditSources(em, facilityId, tenantId);
    const balance = sources.reduce((s, c) => s + c.credit, 0);
    const open = await this.invoices.openInvoices(facilityId, tenantId, em);
    invoiceIds?.forEach((id, i) => {
      if (!open.some((o) => o.id === id)) {
        throw DomainError.invalid(
          PaymentsError.InvoiceNotOpenForTenant,
          `invoiceIds[${i}]`,
          `Invoice ${id} is not an open invoice of this tenant.`,
          { id },
        );
      }
    });
    if (balance === 0) return { applied: 0, allocations: [] };
    const { allocations } = allocatePayment(balance, open, invoiceIds);
    const applied = allocations.reduce((s, a) => s + a.amount, 0);
    // Each yen of credit is drawn from the oldest payment still holding some, so refunds stay traceable.
    let queue = drawCredit(applied, sources);
    for (const a of allocations) {
      await this.invoices.applyPayment(em, facilityId, a.invoiceId, a.amount);
      let left = a.amount;
      while (left > 0) {
        const source = queue[0];
        const take = Math.min(left, source.credit);
        const payment = { facilityId, tenantId } as Payment;
        await this.writeRows(em, payment, source.paymentId, 'credit_use', on, [
          { kind: 'credit', invoiceId: null, amount: -take },
          { kind: 'invoice', invoiceId: a.invoiceId, amount: take },
        ]);
        left -= take;
        queue =
          take === source.credit ? queue.slice(1) : [{ ...source, credit: source.credit - take }, ...queue.slice(1)];
      }
    }
    return { applied, allocations };
  }

  /** Which of `tenantIds` hold credit (a positive balance), in one query. */
  async tenantsHoldingCredit(em: EntityManager, facilityId: string, tenantIds: string[]): Promise<string[]> {
    if (tenantIds.length === 0) return [];
    const rows = await queryRows<{ tenant_id: string }>(
      em,
      `SELECT tenant_id FROM payment_allocations
        WHERE facility_id = $1 AND tenant_id = ANY($2::uuid[]) AND kind = 'credit'
        GROUP BY tenant_id HAVING SUM(amount) > 0 ORDER BY tenant_id`,
      [facilityId, tenantIds],
    );
    return rows.map((r) => r.tenant_id);
  }

  /** The tenant's credit balance (yen held from overpayments, not yet used or refunded). */
  async creditBalance(em: EntityManager, facilityId: string, tenantId: string): Promise<number> {
    const [row] = await queryRows<{ sum: string | null }>(
      em,
      `SELECT SUM(amount) AS sum FROM payment_allocations WHERE facility_id = $1 AND tenant_id = $2 AND kind = 'credit'`,
      [facilityId, tenantId],
    );
    return Number(row?.sum ?? 0);
  }

  private async creditSources(em: EntityManager, facilityId: string, tenantId: string): Promise<CreditSource[]> {
    // Refund rows hang on the refund; fold them into the payment they came from.
    const rows = await queryRows<{ payment_id: string; credit: string }>(
      em,
      `SELECT COALESCE(p.refund_of_id, p.id) AS payment_id, SUM(a.amount) AS credit
         FROM payment_allocations a JOIN payments p ON p.id = a.payment_id AND p.facility_id = a.facility_id
        WHERE a.facility_id = $1 AND a.tenant_id = $2 AND a.kind = 'credit'
        GROUP BY 1 HAVING SUM(a.amount) > 0
        ORDER BY MIN(p.paid_on), MIN(p.created_at)`,
      [facilityId, tenantId],
    );
    return rows.map((r) => ({ paymentId: r.payment_id, credit: Number(r.credit) }));
  }

  private async holdingsOf(em: EntityManager, facilityId: string, paymentId: string): Promise<PaymentHoldings> {
    const rows = await queryRows<{ kind: AllocationKind; invoice_id: string | null; amount: string }>(
      em,
      `SELECT a.kind, a.invoice_id, SUM(a.amount) AS amount
         FROM payment_allocations a JOIN payments p ON p.id = a.payment_id AND p.facility_id = a.facility_id
        WHERE a.facility_id = $1 AND (p.id = $2 OR p.refund_of_id = $2) AND a.kind IN ('invoice', 'credit')
        GROUP BY a.kind, a.invoice_id ORDER BY MIN(a.created_at), MIN(a.position)`,
      [facilityId, paymentId],
    );
    const credit = rows.filter((r) => r.kind === 'credit').reduce((s, r) => s + Number(r.amount), 0);
    const invoices = rows
      .filter((r) => r.kind === 'invoice' && Number(r.amount) > 0)
      .map((r) => ({ invoiceId: r.invoice_id!, amount: Number(r.amount) }));
    return { credit, invoices };
  }

  private async writeRows(
    em: EntityManager,
    payment: Pick<Payment, 'facilityId' | 'tenantId'>,
    paymentId: string,
    event: AllocationEvent,
    effectiveOn: string,
    rows: Row[],
  ): Promise<void> {
    for (const [position, row] of rows.entries()) {
      await em.save(
        em.create(PaymentAllocation, {
          facilityId: payment.facilityId,
          tenantId: payment.tenantId,
          paymentId,
          event,
          effectiveOn,
          position,
          ...row,
        }),
      );
    }
  }

  private async lockTenant(em: EntityManager, facilityId: string, tenantId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`payments:${facilityId}:${tenantId}`]);
  }
}

interface Row {
  kind: AllocationKind;
  invoiceId: string | null;
  amount: number;
}
