import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, parseIsoDate, clockNow } from '@tamago/core';
import { TransactionRunner, queryRows, saveScoped } from '@tamago/database';
import { InvoicesService, adjustToBusinessDay, isBankBusinessDay, type OpenInvoiceView } from '@tamago/billing';
import {
  sha256,
  buildDirectDebitFile,
  parseDirectDebitResult,
  type DirectDebitHeaderInput,
  type DirectDebitNewCode,
  type DirectDebitResultLine,
} from './domain';
import { DebitBatchItem } from './entities/debit-batch-item.entity';
import { DebitBatch } from './entities/debit-batch.entity';
import { DebitMandate } from './entities/debit-mandate.entity';
import { DebitSettings } from './entities/debit-settings.entity';
import { DebitSettingsService } from './debit-settings.service';
import { PaymentLedger } from './payment-ledger.service';
import { PaymentsError } from './errors';

export interface DebitBatchDetail {
  batch: DebitBatch;
  items: DebitBatchItem[];
}

/** Direct-debit batches: the 種別 91 request file for a debit date and the bank's result. */
@Injectable()
export class DebitBatchService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly invoices: InvoicesService,
    private readonly settings: DebitSettingsService,
    private readonly ledger: PaymentLedger,
  ) {}

  /**
   * Builds the request file: one debit per tenant with an active mandate, for its open invoices due
   * on or before the debit date that no other pending batch already carries.
   */
  async create(facilityId: string, actorId: string, debitDate: string): Promise<DebitBatchDetail> {
    parseIsoDate(debitDate, 'debitDate');
    assertBankBusinessDay(debitDate);
    const id = await this.tx.inFacility(
      facilityId,
      async (em) => {
        await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`debit-batch:${facilityId}`]);
        const header = headerOf(await this.settings.getIn(em, facilityId), debitDate);
        const mandates = await em.find(DebitMandate, {
          where: { facilityId, status: 'active' },
          order: { customerNumber: 'ASC' },
        });
        const pending = await this.pendingInvoiceIds(em, facilityId);
        const open = (await this.invoices.openInvoices(facilityId, null, em)).filter(
          (i) => i.dueDate <= debitDate && !pending.has(i.id),
        );
        const items = mandates
          .map((m) => ({ mandate: m, invoices: open.filter((i) => i.tenantId === m.tenantId) }))
          .filter((x) => x.invoices.length > 0);
        if (items.length === 0) {
          throw new DomainError(
            ErrorCode.Unprocessable,
            PaymentsError.NothingToDebit,
            `Nothing to debit on ${debitDate}: no open invoices under active mandates.`,
            { params: { debitDate } },
          );
        }
        const file = buildDirectDebitFile(header, items.map(itemInput));
        const batch = await em.save(
          em.create(DebitBatch, {
            facilityId,
            debitDate,
            status: 'requested' as const,
            fileName: `kouza-furikae-${debitDate.replace(/-/g, '')}.txt`,
            file,
            itemCount: items.length,
            totalAmount: items.reduce((s, x) => s + sumOpen(x.invoices), 0),
            resultHash: null,
            resultImportedAt: null,
            createdBy: actorId,
          }),
        );
        for (const { mandate, invoices } of items) {
          await em.save(
            em.create(DebitBatchItem, {
              facilityId,
              batchId: batch.id,
              tenantId: mandate.tenantId,
              mandateId: mandate.id,
              customerNumber: mandate.customerNumber,
              amount: sumOpen(invoices),
              invoiceIds: invoices.map((i) => i.id),
              resultCode: null,
              resultLabel: null,
              paymentId: null,
            }),
          );
          if (!mandate.firstDebitSent || mandate.accountChanged) {
            await saveScoped(em, facilityId, Object.assign(mandate, { firstDebitSent: true, accountChanged: false }));
          }
        }
        return batch.id;
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Lists batches, newest debit date first. */
  list(facilityId: string, q: { limit: number; offset: number }): Promise<{ items: DebitBatch[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const [items, total] = await em.findAndCount(DebitBatch, {
        where: { facilityId },
        order: { debitDate: 'DESC', createdAt: 'DESC' },
        skip: q.offset,
        take: q.limit,
      });
      return { items, total };
    });
  }

  /** A batch with its items (result codes included once imported). */
  get(facilityId: string, id: string): Promise<DebitBatchDetail> {
    return this.tx.inFacility(facilityId, async (em) => {
      const batch = await this.load(em, facilityId, id);
      const items = await em.find(DebitBatchItem, {
        where: { facilityId, batchId: id },
        order: { customerNumber: 'ASC' },
      });
      return { batch, items };
    });
  }

  /** The request file's bytes and name. */
  file(facilityId: string, id: string): Promise<{ fileName: string; bytes: Buffer }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const batch = await em
        .createQueryBuilder(DebitBatch, 'b')
        .addSelect('b.file')
        .where('b.facility_id = :facilityId AND b.id = :id', { facilityId, id })
        .getOne();
      if (!batch) throw DomainError.notFound(PaymentsError.DebitBatchNotFound, 'Debit batch', id);
      return { fileName: batch.fileName, bytes: batch.file };
    });
  }

  /**
   * Applies the bank's result file: validated whole (layout, totals, every customer number and
   * amount against the batch) before anything is written; code 0 records a direct-debit payment,
   * 1–4/8/9 keep the reason per item. The same file again is a no-op; another file for a completed
   * batch is 409.
   */
  async importResult(facilityId: string, actorId: string, id: string, file: Buffer): Promise<DebitBatchDetail> {
    const result = parseDirectDebitResult(file);
    const hash = sha256(file);
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const batch = await this.load(em, facilityId, id, true);
        if (batch.status === 'completed') {
          if (batch.resultHash === hash) return;
          throw DomainError.conflict(
            PaymentsError.OtherResultApplied,
            'A different result file was already applied to this batch.',
          );
        }
        const settings = await this.settings.getIn(em, facilityId);
        if (settings.consignorCode && result.header.consignorCode !== settings.consignorCode.padStart(10, '0')) {
          throw DomainError.invalid(
            PaymentsError.ResultConsignorMismatch,
            'file',
            `Line 1 has 委託者コード ${result.header.consignorCode}, not this facility's.`,
            { consignorCode: result.header.consignorCode },
          );
        }
        const mmdd = batch.debitDate.slice(5).split('-').map(Number);
        if (result.header.debitMonth !== mmdd[0] || result.header.debitDay !== mmdd[1]) {
          throw DomainError.invalid(
            PaymentsError.ResultDateMismatch,
            'file',
            `Line 1 has 引落日 ${result.header.debitMonth}/${result.header.debitDay}; this batch debits on ${batch.debitDate}.`,
            { debitMonth: result.header.debitMonth, debitDay: result.header.debitDay, debitDate: batch.debitDate },
          );
        }
        const items = await em.find(DebitBatchItem, { where: { facilityId, batchId: id } });
        const pairs = pairLines(result.results, items);
        for (const { line, item } of pairs) await this.applyLine(em, facilityId, batch, line, item, actorId);
        Object.assign(batch, { status: 'completed', resultHash: hash, resultImportedAt: clockNow() });
        await saveScoped(em, facilityId, batch);
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  private async applyLine(
    em: EntityManager,
    facilityId: string,
    batch: DebitBatch,
    line: DirectDebitResultLine,
    item: DebitBatchItem,
    actorId: string,
  ): Promise<void> {
    item.resultCode = line.resultCode;
    item.resultLabel = line.resultLabel;
    if (line.resultCode === '0') {
      // Invoices paid some other way since the request stay paid; the money then becomes credit.
      const stillOpen = new Set((await this.invoices.openInvoices(facilityId, item.tenantId, em)).map((i) => i.id));
      const payment = await this.ledger.record(em, facilityId, {
        tenantId: item.tenantId,
        amount: item.amount,
        paidOn: batch.debitDate,
        method: 'direct_debit',
        source: 'direct_debit',
        invoiceIds: item.invoiceIds.filter((i) => stillOpen.has(i)),
        note: `口座振替 ${batch.debitDate}`,
        createdBy: actorId,
      });
      item.paymentId = payment.id;
    }
    await saveScoped(em, facilityId, item);
  }

  private async pendingInvoiceIds(em: EntityManager, facilityId: string): Promise<Set<string>> {
    const rows = await queryRows<{ id: string }>(
      em,
      `SELECT DISTINCT unnest(i.invoice_ids) AS id FROM debit_batch_items i
         JOIN debit_batches b ON b.id = i.batch_id AND b.facility_id = i.facility_id
        WHERE i.facility_id = $1 AND b.status = 'requested'`,
      [facilityId],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async load(em: EntityManager, facilityId: string, id: string, lock = false): Promise<DebitBatch> {
    const batch = await em.findOne(DebitBatch, {
      where: { facilityId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!batch) throw DomainError.notFound(PaymentsError.DebitBatchNotFound, 'Debit batch', id);
    return batch;
  }
}

/** Each result line must answer one item of the batch, with the amount requested. */
function pairLines(
  lines: DirectDebitResultLine[],
  items: DebitBatchItem[],
): { line: DirectDebitResultLine; item: DebitBatchItem }[] {
  const byNumber = new Map(items.map((i) => [i.customerNumber.padStart(20, '0'), i]));
  const seen = new Set<string>();
  const pairs = lines.map((line) => {
    const item = byNumber.get(line.customerNumber);
    if (!item)
      throw DomainError.invalid(
        PaymentsError.ResultUnknownCustomer,
        'file',
        `Line ${line.line} has 顧客番号 ${line.customerNumber}, which is not in this batch.`,
        { line: line.line, customerNumber: line.customerNumber },
      );
    if (seen.has(line.customerNumber))
      throw DomainError.invalid(
        PaymentsError.ResultDuplicateCustomer,
        'file',
        `Line ${line.line} repeats 顧客番号 ${line.customerNumber}.`,
        { line: line.line, customerNumber: line.customerNumber },
      );
    seen.add(line.customerNumber);
    if (line.amount !== item.amount) {
      throw DomainError.invalid(
        PaymentsError.ResultAmountMismatch,
        'file',
        `Line ${line.line} has 引落金額 ${line.amount}; the batch requested ${item.amount}.`,
        { line: line.line, amount: line.amount, requested: item.amount },
      );
    }
    return { line, item };
  });
  if (pairs.length !== items.length) {
    throw DomainError.invalid(
      PaymentsError.ResultCountMismatch,
      'file',
      `The file answers ${pairs.length} debits; the batch has ${items.length}.`,
      { answered: pairs.length, requested: items.length },
    );
  }
  return pairs;
}

function headerOf(s: DebitSettings, debitDate: string): DirectDebitHeaderInput {
  const required = [
    'consignorCode',
    'consignorName',
    'bankCode',
    'branchCode',
    'accountType',
    'accountNumber',
  ] as const;
  const missing = required.filter((k) => !s[k]);
  if (missing.length > 0) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      PaymentsError.DirectDebitSettingsIncomplete,
      `Direct-debit settings are incomplete: ${missing.join(', ')}.`,
      {
        params: { missing: missing.join(', ') },
        errors: missing.map((field) => ({ field, message: 'set it in /debit-settings first' })),
      },
    );
  }
  return {
    consignorCode: s.consignorCode!,
    consignorName: s.consignorName!,
    debitDate,
    bankCode: s.bankCode!,
    bankName: s.bankName ?? undefined,
    branchCode: s.branchCode!,
    branchName: s.branchName ?? undefined,
    accountType: s.accountType!,
    accountNumber: s.accountNumber!,
  };
}

/**
 * The bank refuses a debit file dated on a weekend, a national holiday or 31 Dec – 3 Jan: 400
 * naming debitDate, with the next bank business day suggested.
 */
function assertBankBusinessDay(debitDate: string): void {
  if (isBankBusinessDay(debitDate)) return;
  const suggestedDate = adjustToBusinessDay(debitDate, 'next');
  const message = `引落日 ${debitDate} は銀行営業日ではありません。次の営業日は ${suggestedDate} です。`;
  const params = { debitDate, suggestedDate };
  throw new DomainError(ErrorCode.InvalidInput, PaymentsError.DebitDateNotBusinessDay, message, {
    params,
    errors: [{ field: 'debitDate', message, reason: PaymentsError.DebitDateNotBusinessDay, reasonParams: params }],
    extra: { suggestedDate },
  });
}

/** 新規コード of a mandate's next debit: 1 for its first, 2 after its account changed, else 0. */
export function newCodeOf(m: Pick<DebitMandate, 'firstDebitSent' | 'accountChanged'>): DirectDebitNewCode {
  if (!m.firstDebitSent) return 'first';
  return m.accountChanged ? 'changed' : 'other';
}

function itemInput(x: { mandate: DebitMandate; invoices: OpenInvoiceView[] }) {
  const m = x.mandate;
  return {
    bankCode: m.bankCode,
    bankName: m.bankName ?? undefined,
    branchCode: m.branchCode,
    branchName: m.branchName ?? undefined,
    accountType: m.accountType,
    accountNumber: m.accountNumber,
    holderName: m.holderName,
    amount: sumOpen(x.invoices),
    newCode: newCodeOf(m),
    customerNumber: m.customerNumber,
  };
}

function sumOpen(invoices: OpenInvoiceView[]): number {
  return invoices.reduce((s, i) => s + i.openAmount, 0);
}
