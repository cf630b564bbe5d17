import { DomainError, type IsoDate, toLocalDate } from '@tamago/core';
import { requireYen, type Yen } from '@tamago/billing';
import { PaymentsError } from '../errors';

/** An issued invoice with money still owed on it. */
export interface OpenInvoice {
  id: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  /** Invoice number in the facility's sequence, e.g. "INV-2027-000123". */
  number: string;
  openAmount: Yen;
}

export interface Allocation {
  invoiceId: string;
  amount: Yen;
}

export interface AllocationResult {
  /** In the order applied; invoices that receive nothing are left out. */
  allocations: Allocation[];
  /** What is left after every targeted invoice is paid: held as the tenant's credit balance. */
  remainder: Yen;
}

/**
 * Splits a payment over open invoices, integer yen only: oldest first (due date, then invoice
 * number), or — when the payer named invoices — over exactly those, in the order named. What is
 * left over is the remainder (credit balance); it is never spread to invoices not named.
 */
export function allocatePayment(
  amount: Yen,
  openInvoices: readonly OpenInvoice[],
  namedInvoiceIds?: readonly string[],
): AllocationResult {
  let left = requireYen(amount, 'amount', { min: 0 });
  const invoices = validateInvoices(openInvoices);
  const targets = namedInvoiceIds === undefined ? sortOldestFirst(invoices) : pickNamed(invoices, namedInvoiceIds);
  const allocations: Allocation[] = [];
  for (const invoice of targets) {
    if (left === 0) break;
    const paid = Math.min(left, invoice.openAmount);
    if (paid > 0) allocations.push({ invoiceId: invoice.id, amount: paid });
    left -= paid;
  }
  return { allocations, remainder: left };
}

const NUMBER_ORDER = new Intl.Collator('en', { numeric: true });

/** Oldest first: by due date, then invoice number (INV-9 before INV-10), then issue date and id. */
export function sortOldestFirst<T extends OpenInvoice>(invoices: readonly T[]): T[] {
  return [...invoices].sort(
    (a, b) =>
      compare(a.dueDate, b.dueDate) ||
      NUMBER_ORDER.compare(a.number, b.number) ||
      compare(a.number, b.number) ||
      compare(a.issueDate, b.issueDate) ||
      compare(a.id, b.id),
  );
}

/** Checks ids, dates and amounts of open invoices; InvalidInput names `openInvoices[i].field`. */
export function validateInvoices<T extends OpenInvoice>(invoices: readonly T[], field = 'openInvoices'): T[] {
  if (!Array.isArray(invoices))
    throw DomainError.invalid(PaymentsError.NotInvoiceList, field, `${field} must be a list of invoices.`, { field });
  const seen = new Set<string>();
  invoices.forEach((inv, i) => {
    const at = `${field}[${i}]`;
    if (typeof inv?.id !== 'string' || inv.id === '')
      throw DomainError.invalid(PaymentsError.IdRequired, `${at}.id`, 'id is required.');
    if (seen.has(inv.id))
      throw DomainError.invalid(PaymentsError.InvoiceListedTwice, `${at}.id`, `Invoice ${inv.id} is listed twice.`, {
        invoiceId: inv.id,
      });
    seen.add(inv.id);
    toLocalDate(inv.issueDate, `${at}.issueDate`);
    toLocalDate(inv.dueDate, `${at}.dueDate`);
    if (typeof inv.number !== 'string')
      throw DomainError.invalid(PaymentsError.InvoiceNumberNotString, `${at}.number`, 'number must be a string.');
    requireYen(inv.openAmount, `${at}.openAmount`, { min: 0 });
  });
  return [...invoices];
}

function pickNamed(invoices: OpenInvoice[], ids: readonly string[]): OpenInvoice[] {
  if (!Array.isArray(ids))
    throw DomainError.invalid(
      PaymentsError.NamedInvoiceIdsNotList,
      'namedInvoiceIds',
      'namedInvoiceIds must be a list of invoice ids.',
    );
  const byId = new Map(invoices.map((inv) => [inv.id, inv]));
  return ids.map((id, i) => {
    const invoice = byId.get(id);
    if (!invoice)
      throw DomainError.invalid(
        PaymentsError.InvoiceNotOpen,
        `namedInvoiceIds[${i}]`,
        `Invoice ${String(id)} is not among the open invoices.`,
        { id: String(id) },
      );
    if (ids.indexOf(id) !== i)
      throw DomainError.invalid(
        PaymentsError.InvoiceNamedTwice,
        `namedInvoiceIds[${i}]`,
        `Invoice ${id} is named twice.`,
        { id },
      );
    return invoice;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
