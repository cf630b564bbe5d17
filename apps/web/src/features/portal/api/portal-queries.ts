import type { components } from '@tamago/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

type S = components['schemas'];
export type PortalSummary = S['PortalSummaryDto'];
export type Tenant = S['TenantDto'];
export type Lease = S['LeaseDto'];
export type Invoice = S['InvoiceDto'];
export type Payment = S['PaymentDto'];
export type Payer = S['PayerFacilityDto'];
export type BankAccount = S['BankAccountDto'];

/** One key factory for the portal's reads: always the caller's own tenant (the API decides whose). */
export const portalKeys = {
  all: ['portal'] as const,
  summary: () => [...portalKeys.all, 'summary'] as const,
  company: (tenantId: string) => [...portalKeys.all, 'company', tenantId] as const,
  leases: () => [...portalKeys.all, 'leases'] as const,
  invoices: () => [...portalKeys.all, 'invoices'] as const,
  payments: () => [...portalKeys.all, 'payments'] as const,
  statement: () => [...portalKeys.all, 'statement'] as const,
  payer: () => [...portalKeys.all, 'payer'] as const,
};

export const portalQueries = {
  summary: () =>
    queryOptions({ queryKey: portalKeys.summary(), queryFn: () => unwrap(api.GET('/api/v1/portal/summary')) }),
  company: (tenantId: string) =>
    queryOptions({
      queryKey: portalKeys.company(tenantId),
      queryFn: () => unwrap(api.GET('/api/v1/tenants/{id}', { params: { path: { id: tenantId } } })),
    }),
  leases: () =>
    queryOptions({
      queryKey: portalKeys.leases(),
      queryFn: () => unwrap(api.GET('/api/v1/portal/leases', { params: { query: { limit: 100 } } })),
    }),
  invoices: () =>
    queryOptions({
      queryKey: portalKeys.invoices(),
      queryFn: () => unwrap(api.GET('/api/v1/invoices', { params: { query: { limit: 200 } } })),
    }),
  payments: () =>
    queryOptions({
      queryKey: portalKeys.payments(),
      queryFn: () => unwrap(api.GET('/api/v1/portal/payments', { params: { query: { limit: 100 } } })),
    }),
  statement: () =>
    queryOptions({ queryKey: portalKeys.statement(), queryFn: () => unwrap(api.GET('/api/v1/portal/statement')) }),
  /** The facility as a payer sees it: issuer name, registration number and the transfer account. */
  payer: () =>
    queryOptions({
      queryKey: portalKeys.payer(),
      queryFn: async () => (await unwrap(api.GET('/api/v1/facility'))) as Payer,
      staleTime: 10 * 60_000,
    }),
};

/** An issued invoice's PDF (the same every time). */
export function fetchInvoicePdf(id: string): Promise<Blob> {
  return unwrap<Blob>(api.GET('/api/v1/invoices/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' }));
}

/** What is still owed on an invoice. */
export function remainingOf(invoice: Invoice): number {
  if (invoice.status === 'void' || invoice.kind === 'credit_note') return 0;
  return Math.max(0, invoice.total - invoice.amountPaid - invoice.amountCredited);
}
