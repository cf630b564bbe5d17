import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { InvoicesService } from '@tamago/billing';
import { TenantLookup } from '@tamago/tenants';
import { type ImportedCredit, readBankFile, sha256, matchCredit, type MatchCandidate } from './domain';
import { BankCredit, BankCreditStatus } from './entities/bank-credit.entity';
import { BankReversal } from './entities/bank-reversal.entity';
import { BankFileFormat, BankStatementImport } from './entities/bank-statement-import.entity';
import { BankReversalService } from './bank-reversal.service';
import { TenantPayerAlias } from './entities/tenant-payer-alias.entity';
import { DebitSettingsService } from './debit-settings.service';
import { PaymentLedger } from './payment-ledger.service';
import { PaymentsError } from './errors';

export interface BankImportResult {
  import: BankStatementImport;
  /** True when these exact bytes were imported before: nothing was done again. */
  duplicate: boolean;
  credits: BankCredit[];
  /** Reversal records in the file (取消 / 訂正), including ones seen in an earlier file. */
  reversals: number;
  /** The reversals this import recorded: applied to a credit, or unmatched for a person. */
  reversalRecords: BankReversal[];
}

export interface ManualMatch {
  tenantId: string;
  invoiceIds?: string[];
  acceptShortAsFee?: boolean;
}

/**
 * Bank-transfer reconciliation: a statement is parsed whole before anything is written; each new
 * credit is matched by folded kana name and amount (matchCredit) and applied as a payment when
 * exact, otherwise kept unmatched for a person.
 */
@Injectable()
export class BankReconciliationService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly ledger: PaymentLedger,
    private readonly invoices: InvoicesService,
    private readonly settings: DebitSettingsService,
    private readonly reversals: BankReversalService,
    private readonly tenants: TenantLookup,
  ) {}

  /** Imports a statement file; the same file again answers the first import (duplicate: true). */
  async import(
    facilityId: string,
    actorId: string,
    file: Buffer,
    opts: { format?: BankFileFormat; era?: 'reiwa' | 'gregorian' },
  ): Promise<BankImportResult> {
    const parsed = readBankFile(file, opts.format, opts.era);
    const fileHash = sha256(file);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        // Serialise imports per facility so two uploads of one file cannot both apply it.
        await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`bank-import:${facilityId}`]);
        const earlier = await em.findOneBy(BankStatementImport, { facilityId, fileHash });
        if (earlier) {
          const credits = await em.find(BankCredit, {
            where: { facilityId, importId: earlier.id },
            order: { line: 'ASC' },
          });
          const reversalRecords = await this.reversals.ofImport(em, facilityId, earlier.id);
          return { import: earlier, duplicate: true, credits, reversals: parsed.reversals.length, reversalRecords };
        }
        const known = await this.knownKeys(em, facilityId, parsed.credits);
        const fresh = parsed.credits.filter((c) => !known.has(c.dedupeKey));
        const record = await em.save(
          em.create(BankStatementImport, {
            facilityId,
            format: parsed.format,
            fileHash,
            creditCount: parsed.credits.length,
            duplicateCount: parsed.credits.length - fresh.length,
            appliedCount: 0,
            createdBy: actorId,
          }),
        );
        const tolerance = (await this.settings.getIn(em, facilityId)).bankFeeTolerance;
        const payers = await this.payers(em, facilityId);
        // Open invoices read once for the file, by tenant; a credit applied to a tenant re-reads that tenant's only.
        const open = await this.openByTenant(em, facilityId);
        const credits: BankCredit[] = [];
        for (const c of fresh)
          credits.push(await this.importCredit(em, facilityId, record.id, c, tolerance, payers, open));
        // Credits first, so a 取消 of a credit in the same file finds it.
        const reversalRecords = await this.reversals.importAll(em, facilityId, record.id, parsed.reversals, actorId);
        record.appliedCount = credits.filter((c) => c.status === 'applied').length;
        await saveScoped(em, facilityId, record);
        return { import: record, duplicate: false, credits, reversals: parsed.reversals.length, reversalRecords };
      },
      actorId,
    );
  }

  /** Lists credits, filtered by status. */
  list(
    facilityId: string,
    q: { status?: BankCreditStatus; limit: number; offset: number },
  ): Promise<{ items: BankCredit[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const [items, total] = await em.findAndCount(BankCredit, {
        where: { facilityId, ...(q.status ? { status: q.status } : {}) },
        order: { bookedOn: 'ASC', createdAt: 'ASC', line: 'ASC' },
        skip: q.offset,
        take: q.limit,
      });
      return { items, total };
    });
  }

  /** One credit; 404 outside the facility. */
  get(facilityId: string, id: string): Promise<BankCredit> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /**
   * A person matches an unmatched credit to a tenant: applied as a payment (to the named invoices
   * or oldest first). With acceptShortAsFee, a shortfall up to the named invoices' open amount is
   * recorded as the bank fee the payer deducted.
   */
  async match(facilityId: string, actorId: string, id: string, input: ManualMatch): Promise<BankCredit> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const credit = await this.load(em, facilityId, id, true);
        if (credit.status !== 'unmatched')
          throw DomainError.conflict(PaymentsError.CreditAlreadyHandled, `This credit is already ${credit.status}.`, {
            creditStatus: credit.status,
          });
        await this.tenants.assertExists(em, facilityId, input.tenantId, 'tenantId');
        const fee = input.acceptShortAsFee ? await this.shortfall(em, facilityId, credit, input) : 0;
        await this.apply(em, facilityId, credit, input.tenantId, input.invoiceIds, fee, actorId);
        return credit;
      },
      actorId,
    );
  }

  private async importCredit(
    em: EntityManager,
    facilityId: string,
    importId: string,
    c: ImportedCredit,
    tolerance: number,
    payers: Payer[],
    open: Map<string, MatchCandidate['openInvoices']>,
  ): Promise<BankCredit> {
    const credit = await em.save(
      em.create(BankCredit, {
        facilityId,
        importId,
        dedupeKey: c.dedupeKey,
        line: c.line,
        bookedOn: c.date,
        amount: c.amount,
        senderName: c.senderName.slice(0, 100),
        reference: c.reference,
        status: 'unmatched' as const,
        unmatchedReasons: [],
        candidateTenantIds: [],
        tenantId: null,
        paymentId: null,
        bankFee: 0,
      }),
    );
    const candidates = payers.map((p) => ({ ...p, openInvoices: open.get(p.tenantId) ?? [] }));
    const result = matchCredit(c, candidates, { bankFeeTolerance: tolerance });
    if (result.status === 'unmatched') {
      credit.unmatchedReasons = result.reasons;
      credit.candidateTenantIds = result.tenantIds;
      return saveScoped(em, facilityId, credit);
    }
    await this.apply(em, facilityId, credit, result.tenantId, result.invoiceIds, result.shortBy, null);
    // The payment changed this tenant's open invoices (and only this tenant's).
    open.set(result.tenantId, await this.invoices.openInvoices(facilityId, result.tenantId, em));
    return credit;
  }

  private async apply(
    em: EntityManager,
    facilityId: string,
    credit: BankCredit,
    tenantId: string,
    invoiceIds: string[] | undefined,
    fee: number,
    actorId: string | null,
  ): Promise<void> {
    const payment = await this.ledger.record(em, facilityId, {
      tenantId,
      amount: credit.amount,
      paidOn: credit.bookedOn,
      method: 'bank_transfer',
      source: 'bank_credit',
      invoiceIds,
      bankFee: fee,
      note: `振込 ${credit.senderName}`.slice(0, 500),
      createdBy: actorId,
    });
    Object.assign(credit, { status: 'applied', tenantId, paymentId: payment.id, bankFee: fee });
    await saveScoped(em, facilityId, credit);
  }

  /** The fee to accept: what the named (or oldest) invoices still need beyond the credit. */
  private async shortfall(
    em: EntityManager,
    facilityId: string,
    credit: BankCredit,
    input: ManualMatch,
  ): Promise<number> {
    const open = await this.invoices.openInvoices(facilityId, input.tenantId, em);
    const targets = input.invoiceIds ? open.filter((i) => input.invoiceIds!.includes(i.id)) : open.slice(0, 1);
    const owed = targets.reduce((s, i) => s + i.openAmount, 0);
    const fee = owed - credit.amount;
    if (fee <= 0) {
      throw DomainError.invalid(
        PaymentsError.CreditNotShort,
        'acceptShortAsFee',
        'The credit is not short of the invoices it is matched to.',
      );
    }
    const { bankFeeTolerance } = await this.settings.getIn(em, facilityId);
    const cap = Math.max(bankFeeTolerance, 1000);
    if (fee > cap) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        PaymentsError.ShortfallTooLargeForFee,
        `A shortfall of ${fee} yen is too large to be a bank fee.`,
        {
          params: { fee },
          errors: [{ field: 'acceptShortAsFee', message: `shortfall ${fee} yen exceeds ${cap} yen` }],
        },
      );
    }
    return fee;
  }

  /** Every tenant's kana name and aliases, read once per import. */
  private async payers(em: EntityManager, facilityId: string): Promise<Payer[]> {
    const tenants = await this.tenants.summaries(em, facilityId);
    const aliases = new Map<string, string[]>();
    for (const a of await em.find(TenantPayerAlias, { where: { facilityId } }))
      aliases.set(a.tenantId, [...(aliases.get(a.tenantId) ?? []), a.alias]);
    return tenants.map((t) => ({ tenantId: t.id, kanaName: t.nameKana, aliases: aliases.get(t.id) ?? [] }));
  }

  /** Every open invoice of the facility, by tenant, in one read (the order openInvoices answers kept). */
  private async openByTenant(
    em: EntityManager,
    facilityId: string,
  ): Promise<Map<string, MatchCandidate['openInvoices']>> {
    const byTenant = new Map<string, MatchCandidate['openInvoices']>();
    for (const i of await this.invoices.openInvoices(facilityId, null, em))
      byTenant.set(i.tenantId, [...(byTenant.get(i.tenantId) ?? []), i]);
    return byTenant;
  }

  private async knownKeys(em: EntityManager, facilityId: string, credits: ImportedCredit[]): Promise<Set<string>> {
    if (credits.length === 0) return new Set();
    const rows = await em.find(BankCredit, {
      where: { facilityId, dedupeKey: In(credits.map((c) => c.dedupeKey)) },
      select: { dedupeKey: true },
    });
    return new Set(rows.map((r) => r.dedupeKey));
  }

  private async load(em: EntityManager, facilityId: string, id: string, lock = false): Promise<BankCredit> {
    const credit = await em.findOne(BankCredit, {
      where: { facilityId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!credit) throw DomainError.notFound(PaymentsError.BankCreditNotFound, 'Bank credit', id);
    return credit;
  }
}

interface Payer {
  tenantId: string;
  kanaName: string;
  aliases: string[];
}
