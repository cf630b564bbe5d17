import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '@/lib/download/save-blob';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { fetchInvoicePdf, remainingOf, type Invoice } from '../api/portal-queries';
import { ActionError } from './action-error';

const STATUS_COLOR: Record<Invoice['status'], string> = {
  draft: 'gray',
  issued: 'orange',
  partially_paid: 'yellow',
  paid: 'teal',
  void: 'gray',
};

/** The tenant's invoices as cards (readable on a phone), each with its PDF. */
export function InvoiceCards({ invoices }: { invoices: Invoice[] }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const pdf = useMutation({
    mutationFn: async (invoice: Invoice) =>
      saveBlob(await fetchInvoicePdf(invoice.id), `${invoice.number ?? invoice.id}.pdf`),
  });
  if (invoices.length === 0) return <Text c="dimmed">{t('invoices.none')}</Text>;
  return (
    <Stack gap="sm">
      <ActionError error={pdf.error} />
      {invoices.map((inv) => {
        const remaining = remainingOf(inv);
        return (
          <Paper key={inv.id} withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Text fw={700}>
                  {inv.kind === 'credit_note' ? `${t('invoices.creditNote')} ` : ''}
                  {inv.number}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('invoices.period')}: {inv.period}・{t('invoices.issueDate')}: {formatDate(inv.issueDate, lang)}
                </Text>
              </div>
              <Badge variant="light" c="dark.8" color={STATUS_COLOR[inv.status]}>
                {t(`invoices.statuses.${inv.status}`)}
              </Badge>
            </Group>
            <Group justify="space-between" mt="xs" wrap="wrap" gap="xs" align="flex-end">
              <div>
                <Text size="xl" fw={800}>
                  {formatYen(inv.total)}
                </Text>
                <Text size="sm">
                  {t('invoices.dueDate')}: {formatDate(inv.dueDate, lang)}
                  {remaining > 0 && remaining !== inv.total && `・${t('invoices.remaining')} ${formatYen(remaining)}`}
                </Text>
              </div>
              <Button
                variant="outline"
                size="sm"
                leftSection={<IconDownload size={16} aria-hidden />}
                loading={pdf.isPending && pdf.variables?.id === inv.id}
                onClick={() => pdf.mutate(inv)}
                aria-label={t('invoices.pdfOf', { number: inv.number ?? '' })}
              >
                {t('invoices.pdf')}
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
