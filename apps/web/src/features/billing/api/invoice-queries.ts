import type { components, paths } from '@tamago/api-client';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type Invoice = components['schemas']['InvoiceDto'];
export type InvoiceStatus = Invoice['status'];
export type InvoiceListParams = NonNullable<paths['/api/v1/invoices']['get']['parameters']['query']>;

export const INVOICE_STATUSES: InvoiceStatus[] = ['draft', 'issued', 'partially_paid', 'paid', 'void'];

export const invoiceKeys = {
  all: ['invoices'] as const,
  lists: () => [...invoiceKeys.all, 'list'] as const,
  list: (params: InvoiceListParams) => [...invoiceKeys.lists(), params] as const,
  details: () => [...invoiceKeys.all, 'detail'] as const,
  detail: (id: string) => [...invoiceKeys.details(), id] as const,
  pdf: (id: string) => [...invoiceKeys.all, 'pdf', id] as const,
};

export const invoiceQueries = {
  list: (params: InvoiceListParams) =>
    queryOptions({
      queryKey: invoiceKeys.list(params),
      queryFn: () => unwrap(api.GET('/api/v1/invoices', { params: { query: params } })),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: invoiceKeys.detail(id),
      queryFn: () => unwrap<Invoice>(api.GET('/api/v1/invoices/{id}', { params: { path: { id: id } } })),
    }),
  /** The issued PDF as bytes: the same every time, so it is cached for the session. */
  pdf: (id: string) =>
    queryOptions({
      queryKey: invoiceKeys.pdf(id),
      queryFn: () =>
        unwrap<Blob>(api.GET('/api/v1/invoices/{id}/pdf', { params: { path: { id: id } }, parseAs: 'blob' })),
      staleTime: Infinity,
    }),
};
