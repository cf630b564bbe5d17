import { z } from 'zod';
import type { InvoiceListParams, InvoiceStatus } from './invoice-queries';
import { INVOICE_STATUSES } from './invoice-queries';

export const INVOICE_PAGE_SIZE = 25;
export const BILLING_TABS = ['run', 'invoices', 'charges', 'meters'] as const;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SORTS = ['-issueDate', 'issueDate', 'number', '-number', 'total', '-total', 'dueDate', '-dueDate'] as const;

/** The billing screen's state lives in the URL: tab, the month being run, and the invoice filters. */
export const billingSearchSchema = z.object({
  tab: z.enum(BILLING_TABS).optional().catch(undefined),
  period: z.string().regex(PERIOD).optional().catch(undefined),
  status: z
    .enum(INVOICE_STATUSES as [InvoiceStatus, ...InvoiceStatus[]])
    .optional()
    .catch(undefined),
  tenantId: z.uuid().optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  invoicePeriod: z.string().regex(PERIOD).optional().catch(undefined),
  from: z.string().regex(DATE).optional().catch(undefined),
  to: z.string().regex(DATE).optional().catch(undefined),
  totalMin: z.number().int().optional().catch(undefined),
  totalMax: z.number().int().optional().catch(undefined),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: z.number().int().min(0).optional().catch(undefined),
  /** Invoice columns the user hid (column choice; kept in saved views). */
  hide: z.array(z.string().max(64)).max(20).optional().catch(undefined),
});

export type BillingSearch = z.infer<typeof billingSearchSchema>;

/** This month in the facility's time zone, as YYYY-MM. */
export function currentPeriod(now = new Date(), timeZone = 'Asia/Tokyo'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}

export function toInvoiceParams(search: BillingSearch): InvoiceListParams {
  return {
    status: search.status,
    tenantId: search.tenantId,
    q: search.q || undefined,
    period: search.invoicePeriod,
    issueDateFrom: search.from,
    issueDateTo: search.to,
    totalMin: search.totalMin,
    totalMax: search.totalMax,
    sort: search.sort ?? '-issueDate',
    limit: INVOICE_PAGE_SIZE,
    offset: (search.page ?? 0) * INVOICE_PAGE_SIZE,
  };
}
