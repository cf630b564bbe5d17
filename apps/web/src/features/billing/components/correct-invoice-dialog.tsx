import { NumberInput, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { formatYen } from '@/lib/format';
import { correctionSchema, useCorrectInvoice, type CorrectionInput, type CorrectionKind } from '../api/correct-invoice';
import type { Invoice } from '../api/invoice-queries';
import { DateField } from '@/components/date-field';

interface CorrectInvoiceDialogProps {
  kind: CorrectionKind;
  invoice: Invoice;
  onClose: () => void;
}

const FIELDS = ['reason', 'amount', 'issueDate'];

/** Void, credit note (適格返還請求書) or reissue: each keeps the original record and makes a new one. */
export function CorrectInvoiceDialog({ kind, invoice, onClose }: CorrectInvoiceDialogProps) {
  const { t } = useTranslation(['billing', 'common', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => correctionSchema(tErrors), [tErrors]);
  const form = useForm<CorrectionInput>({
    mode: 'uncontrolled',
    initialValues: { reason: '', amount: '', issueDate: '' },
    validate: (values) => {
      const errors = schemaResolver(schema, { sync: true })(values);
      if (kind !== 'reissue' && !values.reason.trim()) errors.reason = tErrors('field.required');
      return errors;
    },
  });
  const correct = useCorrectInvoice(kind);
  const handleSubmit = async (values: CorrectionInput) => {
    await correct.mutateAsync({ invoice, values });
    notifications.show({
      color: 'teal',
      message: t(`billing:correct.${kind}.done`),
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t(`billing:correct.${kind}.title`, { number: invoice.number ?? '' })}
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t(`billing:correct.${kind}.submit`)}
      submitColor={kind === 'void' ? 'red' : undefined}
    >
      <Text size="sm">
        {t('billing:correct.target', { recipient: invoice.recipientName, total: formatYen(invoice.total) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t(`billing:correct.${kind}.explain`)}
      </Text>
      {kind !== 'reissue' && (
        <Textarea
          label={t('billing:correct.reason')}
          required
          autosize
          minRows={2}
          key={form.key('reason')}
          {...form.getInputProps('reason')}
        />
      )}
      {kind === 'creditNote' && (
        <NumberInput
          label={t('billing:correct.amount')}
          description={t('billing:correct.amountHint')}
          thousandSeparator=","
          prefix="¥"
          allowDecimal={false}
          allowNegative={false}
          key={form.key('amount')}
          {...form.getInputProps('amount')}
        />
      )}
      {kind !== 'void' && (
        <DateField
          label={t('billing:correct.issueDate')}
          key={form.key('issueDate')}
          {...form.getInputProps('issueDate')}
        />
      )}
    </FormDialog>
  );
}
