import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, isValidRegistrationNumber } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { FacilitiesService } from '@tamago/facilities';
import {
  DEFAULT_DUE_DATE_RULE,
  TAX_CATEGORIES,
  TAX_ROUNDINGS,
  dueDateFor,
  issuingProblems,
  type DueDateRule,
  type IssuingProblem,
} from './domain';
import { BillingSettings, DEFAULT_INVOICE_NUMBER_FORMAT, type UtilityUnitPrice } from './billing-settings.entity';
import { priceInHundredths, priceText } from './draft-lines';
import { parseInvoiceNumberFormat } from './invoice-number';
import type { BankAccountInfo } from './invoice-types';
import { BillingError } from './errors';

/** The settings as the API shows them; defaults filled in for a facility without a row. */
export type BillingSettingsView = Omit<BillingSettings, 'facility' | 'updatedAt'> & { issuerName: string };

/** Fields PATCH /facility may change (already shape-checked by the DTO). */
export interface BillingSettingsPatch {
  legalName?: string | null;
  registrationNumber?: string | null;
  taxRounding?: string;
  bankAccount?: BankAccountInfo | null;
  invoiceNumberFormat?: string;
  dueDateRule?: Partial<DueDateRule>;
  utilityUnitPrices?: UtilityUnitPrice[];
  fiscalYearStartMonth?: number;
  qualifiedInvoiceIssuer?: boolean;
  issuerAddress?: string | null;
  issuerPhone?: string | null;
  issuerSealPng?: string | null;
}

/** A facility's billing settings (one row per facility, defaults until first saved). */
@Injectable()
export class BillingSettingsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
  ) {}

  /** The settings with defaults, read in the caller's transaction or a new one. */
  get(facilityId: string, em?: EntityManager): Promise<BillingSettingsView> {
    const work = async (m: EntityManager) => {
      const row = await m.findOneBy(BillingSettings, { facilityId });
      const facility = await this.facilities.profileOf(m, facilityId);
      if (!facility) throw DomainError.notFound(BillingError.FacilityNotFound, 'Facility', facilityId);
      return viewOf(facilityId, row, facility.name);
    };
    return em ? work(em) : this.tx.inFacility(facilityId, work);
  }

  /** Validates and saves a partial change; 400 naming the field, nothing written on error. */
  async update(facilityId: string, actorId: string, patch: BillingSettingsPatch): Promise<BillingSettingsView> {
    const changes = validatePatch(patch);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const current = await this.get(facilityId, em);
        const { issuerName: _issuer, ...stored } = current;
        await em.save(BillingSettings, em.create(BillingSettings, { ...stored, ...changes, facilityId }));
        return this.get(facilityId, em);
      },
      actorId,
    );
  }
}

function viewOf(facilityId: string, row: BillingSettings | null, facilityName: string): BillingSettingsView {
  return {
    facilityId,
    legalName: row?.legalName ?? null,
    registrationNumber: row?.registrationNumber ?? null,
    taxRounding: row?.taxRounding ?? 'floor',
    bankAccount: row?.bankAccount ?? null,
    invoiceNumberFormat: row?.invoiceNumberFormat ?? DEFAULT_INVOICE_NUMBER_FORMAT,
    dueDateRule: row?.dueDateRule ?? { ...DEFAULT_DUE_DATE_RULE },
    utilityUnitPrices: row?.utilityUnitPrices ?? [],
    fiscalYearStartMonth: row?.fiscalYearStartMonth ?? 4,
    qualifiedInvoiceIssuer: row?.qualifiedInvoiceIssuer ?? true,
    issuerAddress: row?.issuerAddress ?? null,
    issuerPhone: row?.issuerPhone ?? null,
    issuerSealPng: row?.issuerSealPng ?? null,
    issuerName: row?.legalName ?? facilityName,
  };
}

function validatePatch(patch: BillingSettingsPatch): Partial<BillingSettings> {
  const out: Partial<BillingSettings> = {};
  if (patch.legalName !== undefined) out.legalName = patch.legalName;
  if (patch.registrationNumber !== undefined) {
    if (patch.registrationNumber !== null && !isValidRegistrationNumber(patch.registrationNumber)) {
      throw DomainError.invalid(
        BillingError.RegistrationNumberInvalid,
        'registrationNumber',
        'registrationNumber must be T followed by 13 digits with a valid check digit.',
        undefined,
        'checkDigit',
      );
    }
    out.registrationNumber = patch.registrationNumber;
  }
  if (patch.taxRounding !== undefined) {
    if (!TAX_ROUNDINGS.includes(patch.taxRounding as never)) {
      throw DomainError.invalid(
        BillingError.TaxRoundingUnknown,
        'taxRounding',
        `taxRounding must be one of ${TAX_ROUNDINGS.join(', ')}.`,
        { allowed: TAX_ROUNDINGS.join(', ') },
      );
    }
    out.taxRounding = patch.taxRounding as BillingSettings['taxRounding'];
  }
  if (patch.bankAccount !== undefined) out.bankAccount = patch.bankAccount;
  if (patch.invoiceNumberFormat !== undefined)
    out.invoiceNumberFormat = parseInvoiceNumberFormat(patch.invoiceNumberFormat);
  if (patch.dueDateRule !== undefined) out.dueDateRule = validDueDateRule(patch.dueDateRule);
  if (patch.utilityUnitPrices !== undefined) out.utilityUnitPrices = validUnitPrices(patch.utilityUnitPrices);
  if (patch.fiscalYearStartMonth !== undefined) out.fiscalYearStartMonth = patch.fiscalYearStartMonth;
  if (patch.qualifiedInvoiceIssuer !== undefined) out.qualifiedInvoiceIssuer = patch.qualifiedInvoiceIssuer;
  if (patch.issuerAddress !== undefined) out.issuerAddress = patch.issuerAddress;
  if (patch.issuerPhone !== undefined) out.issuerPhone = patch.issuerPhone;
  if (patch.issuerSealPng !== undefined) out.issuerSealPng = validSeal(patch.issuerSealPng);
  return out;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A seal image must be a base64 PNG (pdfkit embeds it as is). */
function validSeal(value: string | null): string | null {
  if (value === null) return null;
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw DomainError.invalid(
      BillingError.IssuerSealNotPng,
      'issuerSealPng',
      'issuerSealPng must be a PNG image in base64.',
    );
  }
  return value;
}

/** What still stops issuing, given the settings (see issuingProblems). */
export function issuingProblemsOf(s: BillingSettingsView, kind: 'invoice' | 'credit_note'): IssuingProblem[] {
  return issuingProblems(
    {
      qualifiedInvoiceIssuer: s.qualifiedInvoiceIssuer,
      legalName: s.legalName,
      registrationNumber: s.registrationNumber,
      hasBankAccount: s.bankAccount !== null,
    },
    // Every recipient may pay by transfer: a direct-debit payer can still be asked to transfer
    // after a failed debit, so the account is always printed.
    { kind, transferPayers: true },
  );
}

/** Refuses issuing (409) listing every missing setting by field. */
export function assertCanIssue(s: BillingSettingsView, kind: 'invoice' | 'credit_note'): void {
  const problems = issuingProblemsOf(s, kind);
  if (problems.length === 0) return;
  throw new DomainError(
    ErrorCode.Conflict,
    BillingError.SettingsMissingForIssue,
    `発行できません。次の設定が不足しています: ${problems.map((p) => p.field).join(', ')}`,
    {
      params: { list: problems.map((p) => p.field).join(', ') },
      errors: problems,
      extra: { missing: problems.map((p) => p.field) },
    },
  );
}

function checkedPrice(price: number | string, i: number): number | string {
  const field = `utilityUnitPrices[${i}].unitPrice`;
  priceInHundredths(price, field);
  return price;
}

function validDueDateRule(rule: Partial<DueDateRule>): DueDateRule {
  const full = { ...DEFAULT_DUE_DATE_RULE, ...rule };
  try {
    dueDateFor('2027-04', full); // the domain function owns the rule's validation
  } catch (e) {
    if (e instanceof DomainError && e.details.errors?.[0]) {
      const field = e.details.errors[0].field.replace(/^rule/, 'dueDateRule');
      throw DomainError.invalid(e.reason, field, e.message, { ...e.params, field });
    }
    throw e;
  }
  return full;
}

function validUnitPrices(prices: UtilityUnitPrice[]): UtilityUnitPrice[] {
  const kinds = new Set<string>();
  prices.forEach((p, i) => {
    if (kinds.has(p.kind))
      throw DomainError.invalid(
        BillingError.UtilityKindDuplicated,
        `utilityUnitPrices[${i}].kind`,
        `kind ${p.kind} appears twice.`,
        { kind: p.kind },
      );
    kinds.add(p.kind);
    if (!TAX_CATEGORIES.includes(p.taxCategory)) {
      throw DomainError.invalid(
        BillingError.TaxCategoryUnknown,
        `utilityUnitPrices[${i}].taxCategory`,
        'taxCategory is not a known tax category.',
      );
    }
  });
  // Stored exactly as a decimal string, never as a float.
  return prices.map((p, i) => ({ ...p, unitPrice: priceText(checkedPrice(p.unitPrice, i)) }));
}

/**
 * The month (1–12) a facility's fiscal year starts (default 4, April), read in the caller's
 * transaction. Every context that computes a fiscal year (support quota, stats, reports) asks here.
 */
export async function facilityFiscalYearStart(em: EntityManager, facilityId: string): Promise<number> {
  const row = await em.findOne(BillingSettings, {
    select: { facilityId: true, fiscalYearStartMonth: true },
    where: { facilityId },
  });
  return row?.fiscalYearStartMonth ?? 4;
}
