import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import type { DueDateRule, TaxRounding } from './domain';
import type { BankAccountInfo } from './invoice-types';

/** Default invoice number format: issue year and month, then the facility sequence in 5 digits. */
export const DEFAULT_INVOICE_NUMBER_FORMAT = 'INV-{YYYY}{MM}-{SEQ:5}';

/** Yen per unit for metered utilities (per kWh, m³…), exact to the hundredth of a yen. */
export interface UtilityUnitPrice {
  /** Meter kind as libs/metering names it, e.g. 'electricity'. */
  kind: string;
  description: string;
  unit: string;
  /** Whole yen (older settings) or a decimal string with up to 2 places, e.g. '31.52'. */
  unitPrice: number | string;
  taxCategory: 'standard' | 'reduced' | 'exempt' | 'out_of_scope';
  /** True when the unit price is tax-included (内税), e.g. a fee fixed by ordinance. */
  taxIncluded?: boolean;
}

/** A facility's billing settings; a facility without a row uses the defaults. */
@Entity('billing_settings')
@Audited({ entity: 'billing_settings' })
export class BillingSettings {
  @ForeignKey('Facility', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  /** Issuer name on invoices; the facility's name when null. */
  @Column({ name: 'legal_name', type: 'varchar', length: 200, nullable: true })
  legalName!: string | null;

  /** 適格請求書発行事業者登録番号: 'T' + 13 digits with a valid check digit. */
  @Column({ name: 'registration_number', type: 'char', length: 14, nullable: true })
  registrationNumber!: string | null;

  @Column({ name: 'tax_rounding', type: 'varchar', length: 8, default: 'floor' })
  taxRounding!: TaxRounding;

  @Column({ name: 'bank_account', type: 'jsonb', nullable: true })
  bankAccount!: BankAccountInfo | null;

  @Column({ name: 'invoice_number_format', type: 'varchar', length: 60, default: DEFAULT_INVOICE_NUMBER_FORMAT })
  invoiceNumberFormat!: string;

  @Column({ name: 'due_date_rule', type: 'jsonb' })
  dueDateRule!: DueDateRule;

  @Column({ name: 'utility_unit_prices', type: 'jsonb', default: () => `'[]'` })
  utilityUnitPrices!: UtilityUnitPrice[];

  /**
   * False for a facility that is not a registered qualified-invoice issuer (免税事業者 or not yet
   * registered): it issues ordinary 請求書, never titled 適格請求書.
   */
  @Column({ name: 'qualified_invoice_issuer', type: 'boolean', default: true })
  qualifiedInvoiceIssuer!: boolean;

  /** Issuer address and telephone printed in the issuer block. */
  @Column({ name: 'issuer_address', type: 'varchar', length: 300, nullable: true })
  issuerAddress!: string | null;

  @Column({ name: 'issuer_phone', type: 'varchar', length: 40, nullable: true })
  issuerPhone!: string | null;

  /** Optional company seal (角印) as a base64 PNG, printed over the issuer block. */
  @Column({ name: 'issuer_seal_png', type: 'text', nullable: true })
  issuerSealPng!: string | null;

  @Column({ name: 'fiscal_year_start_month', type: 'integer', default: 4 })
  fiscalYearStartMonth!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
