import { DomainError } from '@tamago/core';
import { rentForMonth, type RentStep } from '@tamago/leasing';
import { chargeablePeriod, prorate, type TaxCategory } from './domain';
import type { ChargeKind, InvoiceLineSource } from './invoice-types';
import { BillingError } from './errors';

/** A line of a draft invoice before it is saved. */
export interface DraftLine {
  description: string;
  quantity: string;
  unit: string | null;
  unitPrice: number;
  /** Exact unit price when it has fractions of a yen (utilities: '31.52'). */
  unitPriceText?: string | null;
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
export function leaseLines(lease: LeaseTerms, period: string, room: string | null = null): DraftLine[] {
  const span = chargeablePeriod(lease.startDate, lease.terminatedOn ?? lease.endDate, period);
  if (!span) return [];
  const rent = lease.rentSchedule ? rentForMonth(lease.rentSchedule, lease.startDate, period) : lease.monthlyRent;
  const note = span.fullMonth ? '' : `（日割り ${span.days}/${span.daysInMonth}日）`;
  const line = (label: string, monthly: number, sourceType: InvoiceLineSource): DraftLine => {
    const amount = span.fullMonth ? monthly : prorate(monthly, period, span.from, span.to);
    return {
      // The room on each line, so two leases' rent lines never read the same (「賃料 A-101 2027年1月分」).
      description: `${label}${room ? ` ${room}` : ''} ${jaMonth(period)}分${note}`,
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

/** 「2027年1月」 for '2027-01' (no zero padding, as Japanese documents write months). */
export function jaMonth(period: string): string {
  return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
}

const DECIMAL = /^(\d{1,11})(?:\.(\d{1,3}))?$/;
const PRICE = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/** A unit price in hundredths of a yen, from a whole number or a decimal string ('31.52'). */
export function priceInHundredths(unitPrice: number | string, field = 'unitPrice'): bigint {
  const text = typeof unitPrice === 'number' ? String(unitPrice) : unitPrice;
  const match = typeof text === 'string' ? PRICE.exec(text) : null;
  if (!match || (typeof unitPrice === 'number' && !Number.isFinite(unitPrice))) {
    throw DomainError.invalid(
      BillingError.UnitPriceInvalid,
      field,
      `${field} must be yen with up to 2 decimal places (e.g. 31.52), 0 or more.`,
      { field },
    );
  }
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** The price as stored and printed: a decimal string without trailing zeros ('31.5', '31'). */
export function priceText(unitPrice: number | string): string {
  const h = priceInHundredths(unitPrice);
  const yen = h / 100n;
  const frac = (h % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return frac ? `${yen}.${frac}` : `${yen}`;
}

/**
 * Amount of a metered line, rounded once per line by the stated rule: floor(quantity × unit
 * price) (円未満切り捨て), in integer arithmetic — the quantity a decimal string with up to 3 places,
 * the unit price whole yen or up to 2 decimal places (e.g. 123.45 kWh × ¥31.52 = ¥3,891.144 → ¥3,891).
 */
export function meteredAmount(quantity: string, unitPrice: number | string): number {
  const match = DECIMAL.exec(quantity);
  if (!match)
    throw DomainError.invalid(
      BillingError.QuantityInvalid,
      'quantity',
      `quantity must be a decimal with up to 3 places, not ${quantity}.`,
      { quantity },
    );
  const hundredths = priceInHundredths(unitPrice);
  const thousandths = BigInt(match[1]) * 1000n + BigInt((match[2] ?? '').padEnd(3, '0'));
  return Number((thousandths * hundredths) / 100_000n);
}
