import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, parseIsoDate, clockNow } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { facilityToday } from '@tamago/facilities';
import { TAX_CATEGORIES, creditNoteTax, invoiceTotals, requireYen, summarizeTax, type TaxCategory } from './domain';
import { BillingSettingsService } from './billing-settings.service';
import { statusFromBalance } from './invoice-balance';
import { InvoiceIssuer } from './invoice-issuer.service';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';
import { CHARGE_KINDS, type ChargeKind } from './invoice-types';
import { BillingError } from './errors';

/** A correction line as entered: a positive amount, credited (negated) on the credit note. */
export interface CorrectionLineInput {
  description: string;
  quantity: number;
  unitPrice: number;
  taxCategory: string;
  /** Charge kind of what is credited (picks the journal account); defaults to the original's. */
  kind?: string;
}

export interface CreditNoteInput {
  reason: string;
  lines?: CorrectionLineInput[];
  /** Shortcut for one line: the tax-exclusive amount to credit, in the original's only tax category. */
  amount?: number;
  issueDate?: string;
}

const MAX_LINE = 1_000_000_000;

/**
 * Corrections of issued invoices, which never change themselves: void (the record stays, marked),
 * credit notes (適格返還請求書, negative, numbered in the same sequence, showing the original's
 * number and date) and reissue of a voided invoice under a new number.
 */
@Injectable()
export class InvoiceCorrectionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly issuer: InvoiceIssuer,
    private readonly settings: BillingSettingsService,
  ) {}

  /** Voids an issued invoice with nothing paid or credited on it (409 otherwise). */
  void(facilityId: string, actorId: string, id: string, reason: string): Promise<Invoice> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const invoice = await lockIssued(em, facilityId, id);
        if (invoice.status === 'void')
          throw DomainError.conflict(BillingError.InvoiceAlreadyVoid, `Invoice ${invoice.number} is already void.`, {
            invoiceNumber: invoice.number,
          });
        if (invoice.amountPaid > 0 || invoice.amountCredited > 0) {
          throw DomainError.conflict(
            BillingError.InvoiceHasPaymentsOrCredits,
            'Payments or credit notes are applied to this invoice; reverse them first.',
          );
        }
        Object.assign(invoice, { status: 'void', voidedAt: clockNow(), voidReason: reason });
        delete invoice.lines;
        return saveScoped(em, facilityId, invoice);
      },
      actorId,
    );
  }

  /** Issues a credit note against an issued invoice, at most its uncredited total. */
  creditNote(facilityId: string, actorId: string, id: string, input: CreditNoteInput): Promise<Invoice> {
    if (input.issueDate !== undefined) parseIsoDate(input.issueDate, 'issueDate');
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const original = await lockIssued(em, facilityId, id);
        if (original.kind !== 'invoice' || original.status === 'void') {
          throw DomainError.conflict(BillingError.OnlyLiveInvoiceCredited, 'Only a live invoice can be credited.');
        }
        const lines = creditLines(input, original);
        const rounding = (await this.settings.get(facilityId, em)).taxRounding;
        const earlier = await em.find(Invoice, {
          where: { facilityId, originalInvoiceId: original.id, kind: 'credit_note' },
        });
        // Limited per category to what the original charged less earlier credits; tax recomputed
        // on what remains, so partial credits never leave a ¥1 residue (creditNoteTax).
        const taxSummary = creditNoteTax(
          original.taxSummary,
          earlier.filter((e) => e.status !== 'void').map((e) => e.taxSummary),
          lines.map((l, i) => ({
            taxCategory: l.taxCategory,
            amount: -l.amount,
            field: input.lines?.length ? `lines[${i}].unitPrice` : 'amount',
          })),
          rounding,
        );
        const basis = new Map(original.taxSummary.map((e) => [e.category, e.taxIncluded === true]));
        for (const l of lines) l.taxIncluded = basis.get(l.taxCategory) ?? false;
        const totals = invoiceTotals(taxSummary);
        const room = original.total - original.amountCredited;
        if (-totals.total > room) {
          throw new DomainError(
            ErrorCode.Unprocessable,
            BillingError.CreditExceedsRoom,
            `The credit of ${-totals.total} yen exceeds the ${room} yen not yet credited.`,
            { params: { credit: -totals.total, room } },
          );
        }
        const draft = await em.save(
          em.create(Invoice, {
            facilityId,
            tenantId: original.tenantId,
            billingRunId: original.billingRunId,
            period: original.period,
            kind: 'credit_note',
            supplementary: original.supplementary,
            status: 'draft',
            recipientName: original.recipientName,
            taxSummary,
            ...totals,
            originalInvoiceId: original.id,
            reason: input.reason,
          }),
        );
        await em.insert(
          InvoiceLine,
          lines.map((l, position) => ({ ...l, facilityId, invoiceId: draft.id, position })),
        );
        const issueDate = input.issueDate ?? (await facilityToday(em, facilityId));
        const note = await this.issuer.issueDraft(em, facilityId, draft.id, {
          issueDate,
          withDueDate: false,
          original,
        });
        const amountCredited = original.amountCredited - totals.total;
        await em.update(
          Invoice,
          { facilityId, id: original.id },
          { amountCredited, status: statusFromBalance(original.total, original.amountPaid, amountCredited) },
        );
        return note!;
      },
      actorId,
    );
  }

  /** Issues a replacement of a void invoice: the same lines (or new ones) under a new number. */
  reissue(
    facilityId: string,
    actorId: string,
    id: string,
    input: { lines?: CorrectionLineInput[]; issueDate?: string },
  ): Promise<Invoice> {
    if (input.issueDate !== undefined) parseIsoDate(input.issueDate, 'issueDate');
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const old = await lockIssued(em, facilityId, id);
        if (old.status !== 'void' || old.kind !== 'invoice')
          throw DomainError.conflict(BillingError.OnlyVoidInvoiceReissued, 'Only a void invoice can be reissued.');
        if (old.replacedById)
          throw DomainError.conflict(
            BillingError.InvoiceAlreadyReissued,
            'This invoice was already reissued.',
            {},
            { replacedById: old.replacedById },
          );
        const lines = input.lines
          ? input.lines.map((l, i) => lineOf(l, i, 1))
          : (old.lines ?? []).map((l) => ({ ...pick(l), sourceType: l.sourceType, sourceId: l.sourceId }));
        const rounding = (await this.settings.get(facilityId, em)).taxRounding;
        const taxSummary = summarizeTax(lines, rounding);
        const draft = await em.save(
          em.create(Invoice, {
            facilityId,
            tenantId: old.tenantId,
            billingRunId: old.billingRunId,
            period: old.period,
            kind: 'invoice',
            supplementary: old.supplementary,
            status: 'draft',
            recipientName: old.recipientName,
            taxSummary,
            ...invoiceTotals(taxSummary),
          }),
        );
        // Charges stay linked to the voided invoice; the copy must not try to claim them again.
        const copied = lines.map((l, position) => ({
          ...l,
          sourceType: l.sourceType === 'charge' ? 'reissue' : l.sourceType,
          facilityId,
          invoiceId: draft.id,
          position,
        }));
        await em.insert(InvoiceLine, copied as never);
        const issueDate = input.issueDate ?? (await facilityToday(em, facilityId));
        const issued = await this.issuer.issueDraft(em, facilityId, draft.id, {
          issueDate,
          withDueDate: true,
          replaces: old,
        });
        await em.update(Invoice, { facilityId, id: old.id }, { replacedById: draft.id });
        return issued!;
      },
      actorId,
    );
  }
}

async function lockIssued(em: EntityManager, facilityId: string, id: string): Promise<Invoice> {
  const invoice = await em
    .createQueryBuilder(Invoice, 'i')
    .setLock('pessimistic_write', undefined, ['i'])
    .leftJoinAndSelect('i.lines', 'l')
    .where('i.facility_id = :facilityId AND i.id = :id', { facilityId, id })
    .orderBy('l.position', 'ASC')
    .getOne();
  if (!invoice || invoice.status === 'draft') throw DomainError.notFound(BillingError.InvoiceNotFound, 'Invoice', id);
  return invoice;
}

function pick(l: InvoiceLine) {
  return {
    description: l.description,
    quantity: l.quantity,
    unit: l.unit,
    unitPrice: l.unitPrice,
    unitPriceText: l.unitPriceText,
    amount: l.amount,
    taxCategory: l.taxCategory,
    taxIncluded: l.taxIncluded,
    chargeKind: l.chargeKind,
    serviceFrom: l.serviceFrom,
    serviceTo: l.serviceTo,
  };
}

/** A typed line (checked field by field) with sign +1 (reissue) or −1 (credit). */
function lineOf(l: CorrectionLineInput, i: number, sign: 1 | -1) {
  if (!TAX_CATEGORIES.includes(l.taxCategory as TaxCategory)) {
    throw DomainError.invalid(
      BillingError.TaxCategoryNotOneOf,
      `lines[${i}].taxCategory`,
      `taxCategory must be one of ${TAX_CATEGORIES.join(', ')}.`,
      { allowed: TAX_CATEGORIES.join(', ') },
    );
  }
  const quantity = requireYen(l.quantity, `lines[${i}].quantity`, { min: 1, max: 1_000_000 });
  const unitPrice = requireYen(l.unitPrice, `lines[${i}].unitPrice`, { min: 0, max: MAX_LINE });
  const amount = requireYen(quantity * unitPrice, `lines[${i}].unitPrice`, { max: MAX_LINE });
  return {
    description: l.description,
    quantity: String(quantity),
    unit: null,
    unitPrice: sign * unitPrice,
    amount: sign * amount,
    taxCategory: l.taxCategory as TaxCategory,
    sourceType: (sign < 0 ? 'credit' : 'reissue') as 'credit' | 'reissue',
    sourceId: null,
    serviceFrom: null,
    serviceTo: null,
  };
}

function creditLines(input: CreditNoteInput, original: Invoice) {
  const kindOf = (category: string, given: string | undefined, i: number): ChargeKind => {
    if (given !== undefined) {
      if (!CHARGE_KINDS.includes(given as ChargeKind)) {
        throw DomainError.invalid(
          BillingError.ChargeKindUnknown,
          `lines[${i}].kind`,
          `kind must be one of ${CHARGE_KINDS.join(', ')}.`,
          { allowed: CHARGE_KINDS.join(', ') },
        );
      }
      return given as ChargeKind;
    }
    const same = (original.lines ?? []).find((l) => l.taxCategory === category);
    return same ? lineKind(same) : 'other';
  };
  if (input.lines && input.lines.length > 0) {
    return input.lines.map((l, i) => ({
      ...lineOf(l, i, -1),
      chargeKind: kindOf(l.taxCategory, l.kind, i),
      taxIncluded: false,
    }));
  }
  if (input.amount === undefined)
    throw DomainError.invalid(
      BillingError.CreditLinesOrAmountMissing,
      'lines',
      'Give the lines to credit or an amount.',
    );
  const categories = [...new Set((original.lines ?? []).map((l) => l.taxCategory))];
  if (categories.length !== 1) {
    throw DomainError.invalid(
      BillingError.CreditNeedsLines,
      'lines',
      'The invoice has several tax categories: give the lines to credit.',
    );
  }
  requireYen(input.amount, 'amount', { min: 1, max: MAX_LINE });
  const line = {
    description: `返還・値引き（${original.number}）`,
    quantity: 1,
    unitPrice: input.amount,
    taxCategory: categories[0],
  };
  return [lineOf(line, 0, -1)].map((l) => ({
    ...l,
    chargeKind: kindOf(l.taxCategory, undefined, 0),
    taxIncluded: false,
  }));
}

/** The charge kind an invoice line posts as: its own for charges, else its source. */
export function lineKind(l: { sourceType: string; chargeKind: ChargeKind | null }): ChargeKind {
  if (l.chargeKind) return l.chargeKind;
  if (l.sourceType === 'rent' || l.sourceType === 'common_area_fee' || l.sourceType === 'utility') return l.sourceType;
  return 'other';
}
