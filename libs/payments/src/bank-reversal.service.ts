import { Injectable } from '@nestjs/common';
import { Between, EntityManager, In, LessThanOrEqual, Like } from 'typeorm';
import { addDays, normalizeKanaForMatching } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { type ImportedReversal } from './domain';
import { BankCredit } from './entities/bank-credit.entity';
import { BankReversal, BankReversalReason, BankReversalStatus } from './entities/bank-reversal.entity';
import { PaymentLedger } from './payment-ledger.service';

/** A 03 訂正 is linked only to a credit booked at most this many days before it. */
export const CORRECTION_WINDOW_DAYS = 5;

type Link = { credit: BankCredit } | { reason: BankReversalReason; candidates: string[] };

/**
 * Bank reversals (Zengin 01 取消, 03 訂正): each is linked to exactly one earlier credit or kept
 * unmatched for a person — never guessed. A linked credit's payment is taken back by a refund (the
 * append-only ledger moves the invoices back to open) and the credit becomes 'reversed'.
 */
@Injectable()
export class BankReversalService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly ledger: PaymentLedger,
  ) {}

  /** Records and applies the reversals of one import inside its transaction; ones seen before are skipped. */
  async importAll(
    em: EntityManager,
    facilityId: string,
    importId: string,
    reversals: ImportedReversal[],
    actorId: string,
  ): Promise<BankReversal[]> {
    if (reversals.length === 0) return [];
    const known = await em.find(BankReversal, {
      where: { facilityId, dedupeKey: In(reversals.map((r) => r.dedupeKey)) },
      select: { dedupeKey: true },
    });
    const seen = new Set(known.map((k) => k.dedupeKey));
    const out: BankReversal[] = [];
    for (const r of reversals) {
      if (seen.has(r.dedupeKey)) continue;
      seen.add(r.dedupeKey);
      out.push(await this.importOne(em, facilityId, importId, r, actorId));
    }
    return out;
  }

  /** Reversals of one import, in file order. */
  ofImport(em: EntityManager, facilityId: string, importId: string): Promise<BankReversal[]> {
    return em.find(BankReversal, { where: { facilityId, importId }, order: { line: 'ASC' } });
  }

  /** Lists reversals, filtered by status ('unmatched' is the list a person works through). */
  list(
    facilityId: string,
    q: { status?: BankReversalStatus; limit: number; offset: number },
  ): Promise<{ items: BankReversal[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const [items, total] = await em.findAndCount(BankReversal, {
        where: { facilityId, ...(q.status ? { status: q.status } : {}) },
        order: { bookedOn: 'ASC', createdAt: 'ASC', line: 'ASC' },
        skip: q.offset,
        take: q.limit,
      });
      return { items, total };
    });
  }

  private async importOne(
    em: EntityManager,
    facilityId: string,
    importId: string,
    r: ImportedReversal,
    actorId: string,
  ): Promise<BankReversal> {
    const row = em.create(BankReversal, {
      facilityId,
      importId,
      dedupeKey: r.dedupeKey,
      line: r.line,
      bookedOn: r.date,
      amount: r.amount,
      senderName: r.senderName.slice(0, 100),
      reference: r.reference,
      status: 'unmatched' as const,
      unmatchedReason: null,
      candidateCreditIds: [],
      bankCreditId: null,
      refundId: null,
    });
    const link = await this.link(em, facilityId, r);
    if ('reason' in link) {
      return em.save(Object.assign(row, { unmatchedReason: link.reason, candidateCreditIds: link.candidates }));
    }
    const blocked = await this.blocker(em, facilityId, link.credit);
    if (blocked) return em.save(Object.assign(row, { unmatchedReason: blocked, candidateCreditIds: [link.credit.id] }));
    row.refundId = await this.takeBack(em, facilityId, link.credit, r, actorId);
    link.credit.status = 'reversed';
    await saveScoped(em, facilityId, link.credit);
    return em.save(Object.assign(row, { status: 'applied' as const, bankCreditId: link.credit.id }));
  }

  /** 01 取消: the credit of the same account and 照会番号; 03 訂正: one credit of equal amount, name and near date. */
  private async link(em: EntityManager, facilityId: string, r: ImportedReversal): Promise<Link> {
    const lock = { mode: 'pessimistic_write' as const };
    if (r.inquiry) {
      const found = await em.find(BankCredit, {
        where: {
          facilityId,
          reference: r.inquiry.inquiryNumber,
          dedupeKey: Like(`${r.inquiry.accountKey}%`),
          bookedOn: LessThanOrEqual(r.date),
        },
        lock,
      });
      if (found.length !== 1) return { reason: found.length ? 'ambiguous' : 'no_credit', candidates: ids(found) };
      if (found[0].amount !== r.amount) return { reason: 'amount_mismatch', candidates: ids(found) };
      if (found[0].status === 'reversed') return { reason: 'already_reversed', candidates: ids(found) };
      return { credit: found[0] };
    }
    const near = await em.find(BankCredit, {
      where: {
        facilityId,
        amount: r.amount,
        status: In(['applied', 'unmatched']),
        bookedOn: Between(addDays(r.date, -CORRECTION_WINDOW_DAYS), r.date),
      },
      order: { bookedOn: 'ASC', line: 'ASC' },
      lock,
    });
    const name = normalizeKanaForMatching(r.senderName);
    const found = name ? near.filter((c) => normalizeKanaForMatching(c.senderName) === name) : [];
    if (found.length !== 1) return { reason: found.length ? 'ambiguous' : 'no_credit', candidates: ids(found) };
    return { credit: found[0] };
  }

  /** Why a linked credit cannot be reversed automatically, if it cannot. */
  private async blocker(em: EntityManager, facilityId: string, credit: BankCredit): Promise<BankReversalReason | null> {
    if (credit.status !== 'applied') return null;
    // A fee accepted as paid has no money to take back; the ledger has no reversal for it yet.
    if (credit.bankFee > 0) return 'bank_fee_accepted';
    const left = await this.ledger.refundable(em, facilityId, credit.paymentId!);
    return left < credit.amount ? 'payment_refunded' : null;
  }

  /** Refunds the whole payment of an applied credit; an unmatched credit had no payment to take back. */
  private async takeBack(
    em: EntityManager,
    facilityId: string,
    credit: BankCredit,
    r: ImportedReversal,
    actorId: string,
  ): Promise<string | null> {
    if (credit.status !== 'applied') return null;
    const refund = await this.ledger.refund(em, facilityId, credit.paymentId!, {
      amount: credit.amount,
      refundedOn: r.date < credit.bookedOn ? credit.bookedOn : r.date,
      note: `振込取消 ${credit.senderName}`.slice(0, 500),
      createdBy: actorId,
      source: 'bank_credit',
    });
    return refund.id;
  }
}

function ids(credits: BankCredit[]): string[] {
  return credits.map((c) => c.id);
}
