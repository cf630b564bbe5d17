import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { nextAmountPaid, statusFromBalance } from './invoice-balance';
import { Invoice } from './invoice.entity';
import type { InvoiceStatus, OpenInvoiceView } from './invoice-types';
import { BillingError } from './errors';

interface OpenRow {
  id: string;
  tenant_id: string;
  number: string;
  period: string;
  issue_date: string;
  due_date: string;
  status: InvoiceStatus;
  total: string;
  amount_paid: string;
  amount_credited: string;
}

/** Balance of one invoice after a payment was applied. */
export interface InvoiceBalance {
  id: string;
  status: InvoiceStatus;
  total: number;
  amountPaid: number;
  amountCredited: number;
  openAmount: number;
}

/** Billed totals of one service period (integer yen). */
export interface PeriodTotals {
  period: string;
  invoices: number;
  billed: number;
  paid: number;
  credited: number;
}

function toYen(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`Amount out of range: ${value}`);
  return n;
}

/**
 * The invoice surface other contexts use (libs/payments): open invoices and payment application.
 * Every method takes the facility first; `em` lets callers join their own facility transaction.
 */
@Injectable()
export class InvoicesService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Issued or partially paid invoices with money open, oldest due date first (then number). */
  openInvoices(facilityId: string, tenantId: string | null, em?: EntityManager): Promise<OpenInvoiceView[]> {
    const work = async (m: EntityManager) => {
      const rows = await queryRows<OpenRow>(
        m,
        `SELECT id, tenant_id, number, period, issue_date::text, due_date::text, status, total, amount_paid, amount_credited
           FROM invoices
          WHERE facility_id = $1 AND ($2::uuid IS NULL OR tenant_id = $2) AND kind = 'invoice'
            AND status IN ('issued', 'partially_paid') AND total - amount_paid - amount_credited > 0
          ORDER BY due_date, issue_date, sequence`,
        [facilityId, tenantId],
      );
      return rows.map(toOpenView);
    };
    return em ? work(em) : this.tx.inFacility(facilityId, work);
  }

  /**
   * Adds `amountDelta` yen (negative for a refund or a reversed allocation) to an issued invoice's
   * amountPaid under a row lock, and moves its status issued ⇄ partially_paid ⇄ paid. Refuses
   * (422) to go below 0 or above total − credited; 404 for drafts, void or unknown invoices.
   */
  async applyPayment(
    em: EntityManager,
    facilityId: string,
    invoiceId: string,
    amountDelta: number,
  ): Promise<InvoiceBalance> {
    const invoice = await em
      .createQueryBuilder(Invoice, 'i')
      .setLock('pessimistic_write')
      .where('i.facility_id = :facilityId AND i.id = :invoiceId', { facilityId, invoiceId })
      .getOne();
    if (!invoice || invoice.status === 'draft')
      throw DomainError.notFound(BillingError.InvoiceNotFound, 'Invoice', invoiceId);
    if (invoice.kind !== 'invoice' || invoice.status === 'void') {
      throw new DomainError(
        ErrorCode.Unprocessable,
        BillingError.InvoiceCannotTakePayments,
        `Invoice ${invoice.number} cannot take payments (${invoice.status}).`,
        { params: { invoiceNumber: invoice.number, invoiceStatus: invoice.status } },
      );
    }
    const amountPaid = nextAmountPaid(invoice.total, invoice.amountPaid, invoice.amountCredited, amountDelta);
    const status = statusFromBalance(invoice.total, amountPaid, invoice.amountCredited);
    await em.update(Invoice, { facilityId, id: invoiceId }, { amountPaid, status });
    return balanceOf({ ...invoice, amountPaid, status });
  }

  /** One issued (or void/paid) invoice, without lines; null when unknown or still a draft. */
  async findIssued(facilityId: string, invoiceId: string, em?: EntityManager): Promise<Invoice | null> {
    const work = (m: EntityManager) => m.findOneBy(Invoice, { facilityId, id: invoiceId });
    const found = await (em ? work(em) : this.tx.inFacility(facilityId, work));
    return found && found.status !== 'draft' ? found : null;
  }

  /** Issued invoices and credit notes of one tenant (void ones included), by issue date: for statements. */
  issuedForTenant(facilityId: string, tenantId: string, em?: EntityManager): Promise<Invoice[]> {
    const work = (m: EntityManager) =>
      m
        .createQueryBuilder(Invoice, 'i')
        .where('i.facility_id = :facilityId AND i.tenant_id = :tenantId', { facilityId, tenantId })
        .andWhere("i.status <> 'draft'")
        .orderBy('i.issue_date', 'ASC')
        .addOrderBy('i.sequence', 'ASC')
        .getMany();
    return em ? work(em) : this.tx.inFacility(facilityId, work);
  }

  /**
   * What was billed for service periods `fromPeriod`..`toPeriod` (YYYY-MM, inclusive), per period:
   * issued invoices (kind invoice, not draft, not void), their totals, what was paid on them and
   * credited by credit notes. One grouped query.
   */
  periodTotals(facilityId: string, fromPeriod: string, toPeriod: string, em?: EntityManager): Promise<PeriodTotals[]> {
    const work = async (m: EntityManager) => {
      const rows = await queryRows<{
        period: string;
        invoices: number;
        billed: string;
        paid: string;
        credited: string;
      }>(
        m,
        `SELECT period, COUNT(*)::int AS invoices, COALESCE(SUM(total), 0) AS billed,
                COALESCE(SUM(amount_paid), 0) AS paid, COALESCE(SUM(amount_credited), 0) AS credited
           FROM invoices
          WHERE facility_id = $1 AND kind = 'invoice' AND status NOT IN ('draft', 'void')
            AND period BETWEEN $2 AND $3
          GROUP BY period ORDER BY period`,
        [facilityId, fromPeriod, toPeriod],
      );
      return rows.map((r) => ({
        period: r.period,
        invoices: Number(r.invoices),
        billed: toYen(r.billed),
        paid: toYen(r.paid),
        credited: toYen(r.credited),
      }));
    };
    return em ? work(em) : this.tx.inFacility(facilityId, work);
  }

  /**
   * Issued invoices and credit notes (void ones included, flagged by status) whose issue date is
   * in [from, to], with lines and taxSummary — for journal export.
   */
  /** Documents whose journal entries may fall between two dates (see accountingDocumentsQuery). */
  accountingDocuments(facilityId: string, from: string, to: string, em?: EntityManager): Promise<Invoice[]> {
    const work = (m: EntityManager) => accountingDocumentsQuery(m, facilityId, from, to).getMany();
    return em ? work(em) : this.tx.inFacility(facilityId, work);
  }

  issuedBetween(facilityId: string, from: string, to: string, em?: EntityManager): Promise<Invoice[]> {
    const work = (m: EntityManager) =>
      m
        .createQueryBuilder(Invoice, 'i')
        .leftJoinAndSelect('i.lines', 'l')
        .where('i.facility_id = :facilityId', { facilityId })
        .andWhere("i.status <> 'draft' AND i.issue_date BETWEEN :from AND :to", { from, to })
        .orderBy('i.sequence', 'ASC')
        .addOrderBy('l.position', 'ASC')
        .getMany();
    return em ? work(em) : this.tx.inFacility(facilityId, work);
  }
}

/**
 * Documents whose journal entries may fall in [from, to]: issued up to `to`, and issued in the
 * 13 months before `from` (their 前受金 may be released now) or voided since `from`.
 */
export function accountingDocumentsQuery(em: EntityManager, facilityId: string, from: string, to: string) {
  return em
    .createQueryBuilder(Invoice, 'i')
    .leftJoinAndSelect('i.lines', 'l')
    .where('i.facility_id = :facilityId', { facilityId })
    .andWhere("i.status <> 'draft' AND i.issue_date <= :to", { to })
    .andWhere(
      "(i.issue_date >= (:from::date - interval '13 months') OR i.voided_at >= (:from::date - interval '1 day'))",
      { from },
    )
    .orderBy('i.sequence', 'ASC')
    .addOrderBy('l.position', 'ASC');
}

function toOpenView(r: OpenRow): OpenInvoiceView {
  const total = Number(r.total);
  const amountPaid = Number(r.amount_paid);
  const amountCredited = Number(r.amount_credited);
  return {
    id: r.id,
    tenantId: r.tenant_id,
    number: r.number,
    period: r.period,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    status: r.status,
    total,
    amountPaid,
    amountCredited,
    openAmount: total - amountPaid - amountCredited,
  };
}

function balanceOf(i: Pick<Invoice, 'id' | 'status' | 'total' | 'amountPaid' | 'amountCredited'>): InvoiceBalance {
  return {
    id: i.id,
    status: i.status,
    total: i.total,
    amountPaid: i.amountPaid,
    amountCredited: i.amountCredited,
    openAmount: i.total - i.amountPaid - i.amountCredited,
  };
}
