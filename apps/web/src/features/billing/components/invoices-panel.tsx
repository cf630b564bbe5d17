import { Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { saveBlob } from '@/lib/download/save-blob';
import { INVOICE_PAGE_SIZE, toInvoiceParams, type BillingSearch } from '../api/billing-search';
import { invoiceQueries, type Invoice } from '../api/invoice-queries';
import { CorrectInvoiceDialog } from './correct-invoice-dialog';
import type { InvoiceAction } from './invoice-actions';
import { InvoiceFilters } from './invoice-filters';
import { InvoicePdfDialog, invoicePdfName } from './invoice-pdf-dialog';
import { InvoiceTable } from './invoice-table';

interface InvoicesPanelProps {
  search: BillingSearch;
  canWrite: boolean;
  onChange: (patch: Partial<BillingSearch>) => void;
}

/** Invoices and credit notes, filtered and paged on the server, with their PDF and corrections. */
export function InvoicesPanel({ search, canWrite, onChange }: InvoicesPanelProps) {
  const queryClient = useQueryClient();
  const params = toInvoiceParams(search);
  const list = useQuery(invoiceQueries.list(params));
  const [open, setOpen] = useState<{ action: InvoiceAction; invoice: Invoice } | null>(null);
  const handleAction = useCallback(
    (action: InvoiceAction, invoice: Invoice) => {
      if (action !== 'download') return setOpen({ action, invoice });
      void queryClient
        .fetchQuery(invoiceQueries.pdf(invoice.id))
        .then((blob) => saveBlob(blob, invoicePdfName(invoice)));
    },
    [queryClient],
  );
  const handleClose = () => setOpen(null);
  return (
    <Stack gap="md">
      <InvoiceFilters search={search} onChange={onChange} />
      <InvoiceTable
        invoices={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={search.page ?? 0}
        pageSize={INVOICE_PAGE_SIZE}
        sort={params.sort ?? '-issueDate'}
        loading={list.isPending}
        canWrite={canWrite}
        onPageChange={(page) => onChange({ page })}
        onSortChange={(sort) => onChange({ sort: sort as BillingSearch['sort'], page: undefined })}
        onAction={handleAction}
      />
      {open?.action === 'pdf' && <InvoicePdfDialog invoice={open.invoice} onClose={handleClose} />}
      {open && open.action !== 'pdf' && open.action !== 'download' && (
        <CorrectInvoiceDialog kind={open.action} invoice={open.invoice} onClose={handleClose} />
      )}
    </Stack>
  );
}
