import { Button, Center, Group, Loader, Modal, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { ErrorState } from '@/components/states/error-state';
import { saveBlob } from '@/lib/download/save-blob';
import { invoiceQueries, type Invoice } from '../api/invoice-queries';

interface InvoicePdfDialogProps {
  invoice: Invoice;
  onClose: () => void;
}

export function invoicePdfName(invoice: Invoice): string {
  return `${invoice.number ?? invoice.id}.pdf`;
}

/** The issued PDF in the browser's own viewer, with a download button. */
export function InvoicePdfDialog({ invoice, onClose }: InvoicePdfDialogProps) {
  const { t } = useTranslation('billing');
  useReturnFocus();
  const pdf = useQuery(invoiceQueries.pdf(invoice.id));
  const url = useMemo(() => (pdf.data ? URL.createObjectURL(pdf.data) : null), [pdf.data]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return (
    <Modal opened onClose={onClose} size="xl" title={t('invoices.pdf.title', { number: invoice.number ?? '' })}>
      <Stack>
        {pdf.isError && <ErrorState error={pdf.error} onRetry={() => void pdf.refetch()} />}
        {!url && !pdf.isError && (
          <Center h={480}>
            <Loader aria-label={t('invoices.pdf.loading')} />
          </Center>
        )}
        {url && (
          <iframe
            src={url}
            title={t('invoices.pdf.frame', { number: invoice.number ?? '' })}
            style={{ width: '100%', height: '70vh', border: 0 }}
          />
        )}
        <Group justify="flex-end">
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={!pdf.data}
            onClick={() => pdf.data && saveBlob(pdf.data, invoicePdfName(invoice))}
          >
            {t('invoices.actions.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
