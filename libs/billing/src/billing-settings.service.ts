import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, isValidRegistrationNumber } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { Facility } from '@tamago/facilities';
import { DEFAULT_DUE_DATE_RULE, TAX_CATEGORIES, TAX_ROUNDINGS, dueDateFor, type DueDateRule } from './domain';
import { BillingSettings, DEFAULT_INVOICE_NUMBER_FORMAT, type UtilityUnitPrice } from './billing-settings.entity';
import { parseInvoiceNumberFormat } from './invoice-number';
import type { BankAccountInfo } from './invoice-types';

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
}

/** A facility's billing settings (one row per facility, defaults until first saved). */
@Injectable()
export class BillingSettingsService {
  constructor(private readonly tx: TransactionRunner) {}

  /** The settings with defaults, read in the caller's transaction or a new one. */
  get(facilityId: string, em?: EntityManager): Promise<BillingSettingsView> {
    const work = async (m: EntityManager) => {
      const row = await m.findOneBy(BillingSettings, { facilityId });
      const facility = await m.findOneBy(Facility, { id: facilityId });
      if (!facility) throw DomainError.notFound('Facility', facilityId);
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
    issuerName: row?.legalName ?? facilityName,
  };
}

function validatePatch(patch: BillingSettingsPatch): Partial<BillingSettings> {
  const out: Partial<BillingSettings> = {};
  if (patch.legalName !== undefined) out.legalName = patch.legalName;
  if (patch.registrationNumber !== undefined) {
    if (patch.registrationNumber !== null && !isValidRegistrationNumber(patch.registrationNumber)) {
      throw DomainError.invalid(
        'registrationNumber',
        'registrationNumber must be T followed by 13 digits with a valid check digit.',
        'checkDigit',
      );
    }
    out.registrationNumber = patch.registrationNumber;
  }
  if (patch.taxRounding !== undefined) {
    if (!TAX_ROUNDINGS.includes(patch.taxRounding as never)) {
      throw DomainError.invalid('taxRounding', `taxRounding must be one of ${TAX_ROUNDINGS.join(', ')}.`);
    }
    out.taxRounding = patch.taxRounding as BillingSettings['taxRounding'];
  }
  if (patch.bankAccount !== undefined) out.bankAccount = patch.bankAccount;
  if (patch.invoiceNumberFormat !== undefined)
    out.invoiceNumberFormat = parseInvoiceNumberFormat(patch.invoiceNumberFormat);
  if (patch.dueDateRule !== undefined) out.dueDateRule = validDueDateRule(patch.dueDateRule);
  if (patch.utilityUnitPrices !== undefined) out.utilityUnitPrices = validUnitPrices(patch.utilityUnitPrices);
  if (patch.fiscalYearStartMonth !== undefined) out.fiscalYearStartMonth = patch.fiscalYearStartMonth;
  return out;
}

function validDueDateRule(rule: Partial<DueDateRule>): DueDateRule {
  const full = { ...DEFAULT_DUE_DATE_RULE, ...rule };
  try {
    dueDateFor('2027-04', full); // the domain function owns the rule's validation
  } catch (e) {
    if (e instanceof DomainError && e.details.errors?.[0]) {
      throw DomainError.invalid(e.details.errors[0].field.replace(/^rule/, 'dueDateRule'), e.message);
    }
    throw e;
  }
  return full;
}

function validUnitPrices(prices: UtilityUnitPrice[]): UtilityUnitPrice[] {
  const kinds = new Set<string>();
  prices.forEach((p, i) => {
    if (kinds.has(p.kind)) throw DomainError.invalid(`utilityUnitPrices[${i}].kind`, `kind ${p.kind} appears twice.`);
    kinds.add(p.kind);
    if (!TAX_CATEGORIES.includes(p.taxCategory)) {
      throw DomainError.invalid(`utilityUnitPrices[${i}].taxCategory`, 'taxCategory is not a known tax category.');
    }
  });
  return prices;
}
