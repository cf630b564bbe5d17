import { Injectable } from '@nestjs/common';
import { TransactionRunner, queryRows } from '@tamago/database';
import { Payment } from './entities/payment.entity';

/** A direct debit the bank could not collect (振替不能), with the result code's reason. */
export interface DebitFailure {
  itemId: string;
  batchId: string;
  debitDate: string;
  amount: number;
  resultCode: string;
  /** DIRECT_DEBIT_RESULT_LABELS value, e.g. 'insufficient_funds'. */
  reason: string;
  /** When the result file was applied. */
  recordedAt: Date;
}

interface FailureRow {
  id: string;
  batch_id: string;
  debit_date: string;
  amount: string;
  result_code: string;
  result_label: string;
  result_imported_at: Date;
}

/** One tenant's money history for read-only views (the company timeline): payments, refunds, failed debits. */
@Injectable()
export class PaymentHistoryService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Payments and refunds of one tenant, oldest first. */
  paymentsOf(facilityId: string, tenantId: string): Promise<Payment[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(Payment, {
        where: { facilityId, tenantId },
        order: { paidOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** Direct debits of one tenant that came back with a non-zero result code, oldest debit date first. */
  debitFailuresOf(facilityId: string, tenantId: string): Promise<DebitFailure[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await queryRows<FailureRow>(
        em,
        `SELECT i.id, i.batch_id, b.debit_date::text, i.amount, i.result_code, i.result_label, b.result_imported_at
           FROM debit_batch_items i JOIN debit_batches b ON b.id = i.batch_id AND b.facility_id = i.facility_id
          WHERE i.facility_id = $1 AND i.tenant_id = $2 AND i.result_code IS NOT NULL AND i.result_code <> '0'
          ORDER BY b.debit_date, b.created_at, i.id`,
        [facilityId, tenantId],
      );
      return rows.map((r) => ({
        itemId: r.id,
        batchId: r.batch_id,
        debitDate: r.debit_date,
        amount: Number(r.amount),
        resultCode: r.result_code,
        reason: r.result_label,
        recordedAt: new Date(r.result_imported_at),
      }));
    });
  }
}
