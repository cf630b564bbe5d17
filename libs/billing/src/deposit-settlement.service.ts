import { Injectable } from '@nestjs/common';
import { DomainError, parseIsoDate } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { TenantLookup } from '@tamago/tenants';
import { invoiceTotals, requireYen, summarizeTax } from './domain';
import { InvoiceIssuer } from './invoice-issuer.service';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';
import type { ChargeKind } from './invoice-types';
import { BillingSettingsService } from './billing-settings.service';
import { BillingError } from './errors';

/** One deduction from a deposit at exit. */
export interface DepositDeduction {
  kind: 'restoration' | 'deposit_amortization';
  description?: string;
  /** Yen, tax-exclusive unless taxIncluded. */
  amount: number;
  taxIncluded?: boolean;
}

export interface DepositSettlementInput {
  tenantId: string;
  settledOn: string;
  /** The deposit held (保証金), applied against the deductions. */
  depositHeld: number;
  deductions: DepositDeduction[];
}

export interface DepositSettlementResult {
  invoice: Invoice;
  /** What the tenant still owes after the deposit (0 when the deposit covers it). */
  amountDue: number;
  /** What is returned to the tenant: the deposit less the deductions and their tax. */
  refundAmount: number;
}

const LABEL: Record<DepositDeduction['kind'], string> = {
  restoration: '原状回復費',
  deposit_amortization: '保証金償却',
};

/**
 * Deposit settlement at exit (保証金精算): one issued document whose lines are the deductions —
 * 原状回復 and 保証金償却, taxable at the standard rate (a deduction kept for business premises is
 * consideration for the lease, 課税) — and the deposit applied against them (不課税, posted to
 * 預り保証金). A positive total is owed (due date as usual); a negative one is the refund of the
 * rest, the document then marked paid so nothing is collected.
 */
@Injectable()
export class DepositSettlementService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly issuer: InvoiceIssuer,
    private readonly settings: BillingSettingsService,
    private readonly tenants: TenantLookup,
  ) {}

  /** Issues the settlement document; 400 naming the field for bad input, nothing written. */
  settle(facilityId: string, actorId: string, input: DepositSettlementInput): Promise<DepositSettlementResult> {
    parseIsoDate(input.settledOn, 'settledOn');
    requireYen(input.depositHeld, 'depositHeld', { min: 0, max: 1_000_000_000 });
    if (!Array.isArray(input.deductions))
      throw DomainError.invalid(BillingError.DeductionsNotList, 'deductions', 'deductions must be a list.');
    const lines = input.deductions.map((d, i) => {
      if (!(d.kind in LABEL)) {
        throw DomainError.invalid(
          BillingError.DeductionKindUnknown,
          `deductions[${i}].kind`,
          'kind must be restoration or deposit_amortization.',
        );
      }
      const amount = requireYen(d.amount, `deductions[${i}].amount`, { min: 1, max: 1_000_000_000 });
      return line(d.description?.trim() || LABEL[d.kind], amount, 'standard', d.kind, d.taxIncluded === true);
    });
    if (input.depositHeld > 0) {
      lines.push(line('保証金充当（お預かり保証金）', -input.depositHeld, 'out_of_scope', 'deposit', false));
    }
    if (lines.length === 0)
      throw DomainError.invalid(
        BillingError.DeductionsMissing,
        'deductions',
        'Give the deductions or the deposit held.',
      );
    const period = input.settledOn.slice(0, 7);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const tenant = await this.tenants.find(em, facilityId, input.tenantId);
        if (!tenant)
          throw DomainError.invalid(
            BillingError.DepositTenantNotInFacility,
            'tenantId',
            'tenantId is not a tenant of this facility.',
          );
        const rounding = (await this.settings.get(facilityId, em)).taxRounding;
        const taxSummary = summarizeTax(lines, rounding);
        const totals = invoiceTotals(taxSummary);
        const draft = await em.save(
          em.create(Invoice, {
            facilityId,
            tenantId: tenant.id,
            billingRunId: null,
            period,
            kind: 'invoice',
            supplementary: true,
            status: 'draft',
            recipientName: tenant.name,
            taxSummary,
            ...totals,
            reason: '保証金精算',
          }),
        );
        await em.insert(
          InvoiceLine,
          lines.map((l, position) => ({ ...l, facilityId, invoiceId: draft.id, position })),
        );
        const issued = (await this.issuer.issueDraft(em, facilityId, draft.id, {
          issueDate: input.settledOn,
          withDueDate: totals.total > 0,
        }))!;
        if (totals.total <= 0) {
          // Nothing to collect: the deposit covers the deductions, the rest is returned.
          await em.update(Invoice, { facilityId, id: issued.id }, { status: 'paid' });
          issued.status = 'paid';
        }
        return {
          invoice: issued,
          amountDue: Math.max(0, totals.total),
          refundAmount: Math.max(0, -totals.total),
        };
      },
      actorId,
    );
  }
}

function line(
  description: string,
  amount: number,
  taxCategory: 'standard' | 'out_of_scope',
  kind: ChargeKind,
  taxIncluded: boolean,
) {
  return {
    description,
    quantity: '1',
    unit: '式',
    unitPrice: amount,
    amount,
    taxCategory,
    taxIncluded,
    chargeKind: kind,
    sourceType: 'charge' as const,
    sourceId: null,
    serviceFrom: null,
    serviceTo: null,
  };
}
