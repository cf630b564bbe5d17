import { Group, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnPicker } from '@/components/table/column-picker';
import { SavedViewsMenu } from '@/components/table/saved-views-menu';
import { saveBlob } from '@/lib/download/save-blob';
import { INVOICE_PAGE_SIZE, toInvoiceParams, type BillingSearch } from '../api/billing-search';
import { invoiceQueries, type Invoice } from '../api/invoice-queries';
import { CorrectInvoiceDialog } from './correct-invoice-dialog';
import type { InvoiceAction } from './invoice-actions';
import { InvoiceFilters } from './invoice-filters';
import { InvoicePdfDialog, invoicePdfName } from './invoice-pdf-dialog';
import { InvoiceTable } from './invoice-table';

const INVOICE_COLUMNS = ['number', 'recipient', 'period', 'issueDate', 'dueDate', 'total', 'status'] as const;
/** The number always shows: it names the row. */
const INVOICE_OPTIONAL_COLUMNS = INVOICE_COLUMNS.filter((id) => id !== 'number');

interface InvoicesPanelProps {
  search: BillingSearch;
  canWrite: boolean;
  onChange: (patch: Partial<BillingSearch>) => void;
}

/** Applying a view clears the filters it does not set. */
const EMPTY_FILTERS: Partial<BillingSearch> = {
  status: undefined,
  tenantId: undefined,
  q: undefined,
  invoicePeriod: undefined,
  from: undefined,
  to: undefined,
  totalMin: undefined,
  totalMax: undefined,
  sort: undefined,
  hide: undefined,
};

/** Invoices and credit notes, filtered and paged on the server, with their PDF and corrections. */
export function InvoicesPanel({ search, canWrite, onChange }: InvoicesPanelProps) {
  const { t } = useTranslation('billing');
  const queryClient = useQueryClient();
  const hidden = search.hide ?? [];
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
      <Group justify="flex-end" gap="xs">
        <ColumnPicker
          options={INVOICE_OPTIONAL_COLUMNS.map((id) => ({ id, label: t(`invoices.columns.${id}`) }))}
          hidden={hidden}
          onChange={(hide) => onChange({ hide: hide.length > 0 ? hide : undefined })}
        />
        <SavedViewsMenu
          list="invoices"
          search={{ ...search, tab: undefined, period: undefined }}
          columns={INVOICE_COLUMNS.filter((id) => !hidden.includes(id))}
          onApply={(s) => onChange({ ...EMPTY_FILTERS, ...s, page: undefined })}
        />
      </Group>
      <InvoiceTable
        invoices={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={search.page ?? 0}
        pageSize={INVOICE_PAGE_SIZE}
        sort={params.sort ?? '-issueDate'}
        hidden={hidden}
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
