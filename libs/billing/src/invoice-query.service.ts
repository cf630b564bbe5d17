import { Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { Invoice } from './invoice.entity';
import type { InvoiceStatus } from './invoice-types';
import { BillingError } from './errors';

export interface InvoiceListQuery {
  period?: string;
  tenantId?: string;
  status?: InvoiceStatus;
  kind?: 'invoice' | 'credit_note';
  billingRunId?: string;
  issueDateFrom?: string;
  issueDateTo?: string;
  totalMin?: number;
  totalMax?: number;
  /** Counterparty name, partial and case-insensitive. */
  q?: string;
  sort?: string;
  limit: number;
  offset: number;
}

const SORTS: Record<string, [string, 'ASC' | 'DESC']> = {
  issueDate: ['i.issue_date', 'ASC'],
  '-issueDate': ['i.issue_date', 'DESC'],
  number: ['i.sequence', 'ASC'],
  '-number': ['i.sequence', 'DESC'],
  total: ['i.total', 'ASC'],
  '-total': ['i.total', 'DESC'],
  dueDate: ['i.due_date', 'ASC'],
  '-dueDate': ['i.due_date', 'DESC'],
};
export const INVOICE_SORTS = Object.keys(SORTS);

/**
 * Reading invoices for people: staff see every invoice of the facility (drafts included); a tenant
 * user (`ownTenantId` set) sees only their own tenant's issued ones — anything else is 404.
 */
@Injectable()
export class InvoiceQueryService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Searchable by period, tenant, status, issue date, amount and counterparty (電子帳簿保存法). */
  list(
    facilityId: string,
    q: InvoiceListQuery,
    ownTenantId: string | null,
  ): Promise<{ items: Invoice[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(Invoice, 'i').where('i.facility_id = :facilityId', { facilityId });
      if (ownTenantId) qb.andWhere("i.tenant_id = :own AND i.status <> 'draft'", { own: ownTenantId });
      if (q.period) qb.andWhere('i.period = :period', { period: q.period });
      if (q.tenantId) qb.andWhere('i.tenant_id = :tenantId', { tenantId: q.tenantId });
      if (q.status) qb.andWhere('i.status = :status', { status: q.status });
      if (q.kind) qb.andWhere('i.kind = :kind', { kind: q.kind });
      if (q.billingRunId) qb.andWhere('i.billing_run_id = :runId', { runId: q.billingRunId });
      if (q.issueDateFrom) qb.andWhere('i.issue_date >= :from', { from: q.issueDateFrom });
      if (q.issueDateTo) qb.andWhere('i.issue_date <= :to', { to: q.issueDateTo });
      if (q.totalMin !== undefined) qb.andWhere('i.total >= :min', { min: q.totalMin });
      if (q.totalMax !== undefined) qb.andWhere('i.total <= :max', { max: q.totalMax });
      if (q.q)
        qb.andWhere("i.recipient_name ILIKE :q ESCAPE '\\'", { q: `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
      const [column, direction] = SORTS[q.sort ?? '-issueDate'] ?? SORTS['-issueDate'];
      qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('i.id', 'ASC');
      const counting = qb.clone();
      // The page and the count of every match in one statement (the window runs before LIMIT); no
      // join, so LIMIT/OFFSET apply to invoice rows.
      const { entities, raw } = await qb
        .addSelect('COUNT(*) OVER ()::int', 'total_count')
        .offset(q.offset)
        .limit(q.limit)
        .getRawAndEntities<{ total_count: number }>();
      if (entities.length === 0) return { items: [], total: q.offset > 0 ? await counting.getCount() : 0 };
      return { items: entities, total: Number(raw[0].total_count) };
    });
  }

  /** One invoice with its lines in order. */
  get(facilityId: string, id: string, ownTenantId: string | null): Promise<Invoice> {
    return this.tx.inFacility(facilityId, async (em) => {
      const invoice = await em.findOne(Invoice, {
        where: { facilityId, id },
        relations: { lines: true },
        order: { lines: { position: 'ASC' } },
      });
      if (!invoice || (ownTenantId && (invoice.tenantId !== ownTenantId || invoice.status === 'draft'))) {
        throw DomainError.notFound(BillingError.InvoiceNotFound, 'Invoice', id);
      }
      return invoice;
    });
  }
}
