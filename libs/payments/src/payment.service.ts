import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, parseIsoDate } from '@tamago/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { TenantLookup } from '@tamago/tenants';
import { requestHash } from './domain';
import { PaymentAllocation } from './entities/payment-allocation.entity';
import { PaymentIdempotencyKey } from './entities/payment-idempotency-key.entity';
import { Payment } from './entities/payment.entity';
import { NewPayment, NewRefund, PaymentListQuery } from './payment-input';
import { PaymentLedger } from './payment-ledger.service';
import { PaymentsError } from './errors';

/** A payment with the ledger rows it wrote (and its refunds). */
export interface PaymentDetail {
  payment: Payment;
  allocations: PaymentAllocation[];
  refunds: Payment[];
}

/** Payments and refunds over a date range (integer yen; refunds negative). */
export interface PaymentTotals {
  payments: number;
  refunds: number;
  received: number;
  refunded: number;
  net: number;
}

/** Payments recorded by staff: idempotent creation, listing, refunds and use of credit. */
/** What applyRunCredit did: yen applied in all, per tenant holding credit, and the tenants skipped. */
export interface RunCreditOutcome {
  applied: number;
  tenants: Record<string, { applied: number; creditBalance: number }>;
  skipped: string[];
}

@Injectable()
export class PaymentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly ledger: PaymentLedger,
    private readonly tenants: TenantLookup,
  ) {}

  /**
   * Records a payment. With an Idempotency-Key, the first request claims the key (a unique row
   * per facility) in the same transaction as the payment; a retry — even one racing the first —
   * answers the same payment, and the same key with another body is refused (422).
   */
  async create(facilityId: string, actorId: string, input: NewPayment, key?: string): Promise<PaymentDetail> {
    parseIsoDate(input.paidOn, 'paidOn');
    if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw DomainError.invalid(
        PaymentsError.IdempotencyKeyInvalid,
        'Idempotency-Key',
        'Idempotency-Key must be 1–200 visible ASCII characters.',
      );
    }
    const hash = requestHash(input);
    const id = await this.tx.inFacility(
      facilityId,
      async (em) => {
        if (key !== undefined) {
          const claimed = await this.claimKey(em, facilityId, key, hash);
          if (claimed.existing) return claimed.existing;
        }
        await this.assertTenant(em, facilityId, input.tenantId);
        const payment = await this.ledger.record(em, facilityId, { ...input, source: 'manual', createdBy: actorId });
        if (key !== undefined) {
          await em.update(PaymentIdempotencyKey, { facilityId, key }, { paymentId: payment.id });
        }
        return payment.id;
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Lists payments and refunds, newest first. */
  list(facilityId: string, q: PaymentListQuery): Promise<{ items: Payment[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(Payment, 'p').where('p.facility_id = :facilityId', { facilityId });
      if (q.tenantId) qb.andWhere('p.tenant_id = :tenantId', { tenantId: q.tenantId });
      if (q.method) qb.andWhere('p.method = :method', { method: q.method });
      if (q.kind) qb.andWhere('p.kind = :kind', { kind: q.kind });
      if (q.source) qb.andWhere('p.source = :source', { source: q.source });
      if (q.from) qb.andWhere('p.paid_on >= :from', { from: parseIsoDate(q.from, 'from') });
      if (q.to) qb.andWhere('p.paid_on <= :to', { to: parseIsoDate(q.to, 'to') });
      const [items, total] = await qb
        .orderBy('p.paid_on', 'DESC')
        .addOrderBy('p.created_at', 'DESC')
        .addOrderBy('p.id', 'ASC')
        .skip(q.offset)
        .take(q.limit)
        .getManyAndCount();
      return { items, total };
    });
  }

  /**
   * Money received and refunded with paid_on in [from, to] (dates, inclusive), in one query:
   * `received` sums payments, `refunded` sums refunds (negative), `net` both.
   */
  totalsBetween(facilityId: string, from: string, to: string): Promise<PaymentTotals> {
    return this.tx.inFacility(facilityId, async (em) => {
      const [row] = await queryRows<{ payments: number; refunds: number; received: string; refunded: string }>(
        em,
        `SELECT COUNT(*) FILTER (WHERE kind = 'payment')::int AS payments,
                COUNT(*) FILTER (WHERE kind = 'refund')::int AS refunds,
                COALESCE(SUM(amount) FILTER (WHERE kind = 'payment'), 0) AS received,
                COALESCE(SUM(amount) FILTER (WHERE kind = 'refund'), 0) AS refunded
           FROM payments WHERE facility_id = $1 AND paid_on BETWEEN $2 AND $3`,
        [facilityId, parseIsoDate(from, 'from'), parseIsoDate(to, 'to')],
      );
      const received = Number(row.received);
      const refunded = Number(row.refunded);
      return {
        payments: Number(row.payments),
        refunds: Number(row.refunds),
        received,
        refunded,
        net: received + refunded,
      };
    });
  }

  /** One payment with its allocations and refunds; 404 outside the facility. */
  get(facilityId: string, id: string): Promise<PaymentDetail> {
    return this.tx.inFacility(facilityId, (em) => this.detail(em, facilityId, id));
  }

  /** Refunds part or all of a payment (kept as a refund record with negative ledger rows). */
  async refund(facilityId: string, actorId: string, paymentId: string, input: NewRefund): Promise<PaymentDetail> {
    parseIsoDate(input.refundedOn, 'refundedOn');
    const refund = await this.tx.inFacility(
      facilityId,
      (em) => this.ledger.refund(em, facilityId, paymentId, { ...input, createdBy: actorId }),
      actorId,
    );
    return this.get(facilityId, refund.id);
  }

  /**
   * Uses a tenant's credit balance on its open invoices (oldest first, or the named ones). A null
   * actor is the system (the apply-run-credit job after a billing run). Running it again applies
   * nothing twice: the tenant lock serialises it and the ledger holds what was already used.
   */
  async applyCredit(
    facilityId: string,
    actorId: string | null,
    tenantId: string,
    on: string,
    invoiceIds?: string[],
  ): Promise<{ applied: number; creditBalance: number; allocations: { invoiceId: string; amount: number }[] }> {
    parseIsoDate(on, 'on');
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        await this.assertTenant(em, facilityId, tenantId, true);
        const result = await this.ledger.applyCredit(em, facilityId, tenantId, on, invoiceIds);
        return { ...result, creditBalance: await this.ledger.creditBalance(em, facilityId, tenantId) };
      },
      actorId,
    );
  }

  /**
   * Uses the credit balances of `tenantIds` (a billing run's invoiced tenants, for the
   * apply-run-credit job) on their open invoices. One query finds which of them hold credit; each of
   * those is then applied as {@link applyCredit} does, in a transaction of its own under its tenant
   * lock, so running this again (a retry, a duplicate on another worker) applies nothing twice.
   * A tenant the facility does not hold is skipped and named, not retried.
   */
  async applyRunCredit(facilityId: string, tenantIds: string[], on: string): Promise<RunCreditOutcome> {
    parseIsoDate(on, 'on');
    const holders = await this.tx.inFacility(facilityId, (em) =>
      this.ledger.tenantsHoldingCredit(em, facilityId, tenantIds),
    );
    const tenants: RunCreditOutcome['tenants'] = {};
    const skipped: string[] = [];
    let applied = 0;
    for (const tenantId of holders) {
      try {
        const r = await this.applyCredit(facilityId, null, tenantId, on);
        tenants[tenantId] = { applied: r.applied, creditBalance: r.creditBalance };
        applied += r.applied;
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        skipped.push(tenantId);
      }
    }
    return { applied, tenants, skipped };
  }

  private async claimKey(
    em: EntityManager,
    facilityId: string,
    key: string,
    hash: string,
  ): Promise<{ existing?: string }> {
    // ON CONFLICT waits for a concurrent claimer to commit or roll back, then answers no row.
    const claimed = await queryRows<{ id: string }>(
      em,
      `INSERT INTO payment_idempotency_keys (facility_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (facility_id, key) DO NOTHING RETURNING id`,
      [facilityId, key, hash],
    );
    if (claimed.length > 0) return {};
    const prior = await em.findOneByOrFail(PaymentIdempotencyKey, { facilityId, key });
    if (prior.requestHash !== hash) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        PaymentsError.IdempotencyKeyReused,
        'This Idempotency-Key was already used with a different request body.',
        { errors: [{ field: 'Idempotency-Key', message: 'already used with a different body' }] },
      );
    }
    return { existing: prior.paymentId! };
  }

  private async detail(em: EntityManager, facilityId: string, id: string): Promise<PaymentDetail> {
    const payment = await em.findOneBy(Payment, { facilityId, id });
    if (!payment) throw DomainError.notFound(PaymentsError.PaymentNotFound, 'Payment', id);
    const allocations = await em.find(PaymentAllocation, {
      where: { facilityId, paymentId: id },
      order: { createdAt: 'ASC', position: 'ASC', id: 'ASC' },
    });
    const refunds = await em.find(Payment, { where: { facilityId, refundOfId: id }, order: { createdAt: 'ASC' } });
    return { payment, allocations, refunds };
  }

  private async assertTenant(em: EntityManager, facilityId: string, tenantId: string, isPath = false): Promise<void> {
    const found = await this.tenants.exists(em, facilityId, tenantId);
    if (found) return;
    if (isPath) throw DomainError.notFound(PaymentsError.TenantNotFound, 'Tenant', tenantId);
    throw DomainError.invalid(PaymentsError.TenantUnknown, 'tenantId', `Tenant ${tenantId} does not exist.`, {
      tenantId,
    });
  }

  /** Payments and refunds per calendar month of paid_on over [from, to] (dates), in one grouped query. */
  monthlyTotals(facilityId: string, from: string, to: string): Promise<(PaymentTotals & { period: string })[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await queryRows<{
        period: string;
        payments: number;
        refunds: number;
        received: string;
        refunded: string;
      }>(
        em,
        `SELECT to_char(paid_on, 'YYYY-MM') AS period,
                COUNT(*) FILTER (WHERE kind = 'payment')::int AS payments,
                COUNT(*) FILTER (WHERE kind = 'refund')::int AS refunds,
                COALESCE(SUM(amount) FILTER (WHERE kind = 'payment'), 0) AS received,
                COALESCE(SUM(amount) FILTER (WHERE kind = 'refund'), 0) AS refunded
           FROM payments WHERE facility_id = $1 AND paid_on BETWEEN $2 AND $3
          GROUP BY 1 ORDER BY 1`,
        [facilityId, parseIsoDate(from, 'from'), parseIsoDate(to, 'to')],
      );
      return rows.map((r) => {
        const received = Number(r.received);
        const refunded = Number(r.refunded);
        return {
          period: r.period,
          payments: Number(r.payments),
          refunds: Number(r.refunds),
          received,
          refunded,
          net: received + refunded,
        };
      });
    });
  }
}
