import { DomainError } from '@tamago/core';
import { rentForMonth, type RentStep } from '@tamago/leasing';
import { chargeablePeriod, prorate, type TaxCategory } from './domain';
import type { ChargeKind, InvoiceLineSource } from './invoice-types';

/** A line of a draft invoice before it is saved. */
export interface DraftLine {
  description: string;
  quantity: string;
  unit: string | null;
  unitPrice: number;
  amount: number;
  taxCategory: TaxCategory;
  /** True when amount and unit price are tax-included (内税). */
  taxIncluded?: boolean;
  /** The charge kind that picks the journal account (charges, credits, utilities). */
  chargeKind?: ChargeKind | null;
  sourceType: InvoiceLineSource;
  sourceId: string | null;
  serviceFrom: string | null;
  serviceTo: string | null;
}

/** The lease fields billing needs. */
export interface LeaseTerms {
  id: string;
  startDate: string;
  endDate: string;
  terminatedOn: string | null;
  monthlyRent: number;
  commonAreaFee: number;
  rentSchedule: RentStep[] | null;
}

/**
 * Rent and common-area fee of one lease for `period`: the rent step in force that month, and a
 * partial first or last month prorated by days (floor(monthly × days ÷ days in month)). Both are
 * taxable at the standard rate (office use). Nothing when the lease does not touch the period.
 */
export function leaseLines(lease: LeaseTerms, period: string): DraftLine[] {
  const span = chargeablePeriod(lease.startDate, lease.terminatedOn ?? lease.endDate, period);
  if (!span) return [];
  const rent = lease.rentSchedule ? rentForMonth(lease.rentSchedule, lease.startDate, period) : lease.monthlyRent;
  const note = span.fullMonth ? '' : `（日割り ${span.days}/${span.daysInMonth}日）`;
  const line = (label: string, monthly: number, sourceType: InvoiceLineSource): DraftLine => {
    const amount = span.fullMonth ? monthly : prorate(monthly, period, span.from, span.to);
    return {
      description: `${label} ${period.replace('-', '年')}月分${note}`,
      quantity: '1',
      unit: '式',
      unitPrice: amount,
      amount,
      taxCategory: 'standard',
      sourceType,
      sourceId: lease.id,
      serviceFrom: span.from,
      serviceTo: span.to,
    };
  };
  const lines = [line('賃料', rent, 'rent')];
  if (lease.commonAreaFee > 0) lines.push(line('共益費', lease.commonAreaFee, 'common_area_fee'));
  return lines;
}

const DECIMAL = /^(\d{1,11})(?:\.(\d{1,3}))?$/;

/**
 * Amount of a metered line: floor(quantity × unit price) in integer arithmetic, the quantity
 * being a decimal string with up to 3 places (e.g. '123.45' kWh × ¥31 = ¥3,826).
 */
export function meteredAmount(quantity: string, unitPrice: number): number {
  const match = DECIMAL.exec(quantity);
  if (!match) throw DomainError.invalid('quantity', `quantity must be a decimal with up to 3 places, not ${quantity}.`);
  if (!Number.isSafeInteger(unitPrice) || unitPrice < 0) {
    throw DomainError.invalid('unitPrice', 'unitPrice must be a whole number of yen, 0 or more.');
  }
  const thousandths = BigInt(match[1]) * 1000n + BigInt((match[2] ?? '').padEnd(3, '0'));
  return Number((thousandths * BigInt(unitPrice)) / 1000n);
}
