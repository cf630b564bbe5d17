import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CorrectionKind } from '../api/correct-invoice';
import type { Invoice } from '../api/invoice-queries';

export type InvoiceAction = 'pdf' | 'download' | CorrectionKind;

interface InvoiceActionsProps {
  invoice: Invoice;
  canWrite: boolean;
  onAction: (action: InvoiceAction, invoice: Invoice) => void;
}

/** What may be done with one invoice: its PDF once it has a number; corrections by its state. */
export function InvoiceActions({ invoice, canWrite, onAction }: InvoiceActionsProps) {
  const { t } = useTranslation('billing');
  const issued = invoice.number !== null;
  const open = invoice.status === 'issued' || invoice.status === 'partially_paid' || invoice.status === 'paid';
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('invoices.actions.menu', { number: invoice.number ?? '' })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item disabled={!issued} onClick={() => onAction('pdf', invoice)}>
          {t('invoices.actions.pdf')}
        </Menu.Item>
        <Menu.Item disabled={!issued} onClick={() => onAction('download', invoice)}>
          {t('invoices.actions.download')}
        </Menu.Item>
        {canWrite && invoice.kind === 'invoice' && (
          <>
            <Menu.Divider />
            <Menu.Item disabled={invoice.status !== 'issued'} onClick={() => onAction('void', invoice)}>
              {t('invoices.actions.void')}
            </Menu.Item>
            <Menu.Item disabled={!open} onClick={() => onAction('creditNote', invoice)}>
              {t('invoices.actions.creditNote')}
            </Menu.Item>
            <Menu.Item
              disabled={invoice.status !== 'void' || invoice.replacedById !== null}
              onClick={() => onAction('reissue', invoice)}
            >
              {t('invoices.actions.reissue')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
