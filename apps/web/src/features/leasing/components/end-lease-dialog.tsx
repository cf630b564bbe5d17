import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { DateField } from '@/components/date-field';
import { YenInput } from '@/components/yen-input';
import { formatYen } from '@/lib/format';
import { applyApiError } from '@/lib/forms/api-errors';
import { useEndLease } from '../api/lease-actions';
import type { Lease } from '../api/leasing-queries';

interface EndLeaseDialogProps {
  lease: Lease;
  onClose: () => void;
}

/** Ends a lease at term or terminates it early, and settles the deposit (deductions + returned = deposit). */
export function EndLeaseDialog({ lease, onClose }: EndLeaseDialogProps) {
  const { t } = useTranslation(['leasing', 'common', 'errors']);
  useReturnFocus();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      to: 'ended' as 'ended' | 'terminated',
      terminatedOn: '',
      reason: '',
      settledOn: '',
      deductions: 0,
      returned: lease.deposit,
    },
  });
  const [problem, setProblem] = useState<string | null>(null);
  const end = useEndLease(lease.id);
  const v = form.values;
  const handleSubmit = form.onSubmit((values) => {
    setProblem(null);
    const settlement = values.settledOn
      ? { settledOn: values.settledOn, deductions: values.deductions, returned: values.returned }
      : undefined;
    end.mutate(
      { to: values.to, terminatedOn: values.terminatedOn, reason: values.reason, settlement },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('end.done') });
          onClose();
        },
        onError: (e) =>
          setProblem(applyApiError(t, e, form, ['terminatedOn', 'reason', 'depositSettlement.settledOn'])),
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={t('end.title')} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <SegmentedControl
            aria-label={t('end.kind')}
            data={[
              { value: 'ended', label: t('end.ended') },
              { value: 'terminated', label: t('end.terminated') },
            ]}
            {...form.getInputProps('to')}
          />
          {v.to === 'terminated' && (
            <DateField label={t('end.terminatedOn')} required {...form.getInputProps('terminatedOn')} />
          )}
          <Textarea label={t('end.reason')} autosize minRows={2} {...form.getInputProps('reason')} />
          <Fieldset legend={t('end.settle')}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('create.deposit')}: {formatYen(lease.deposit)}
            </Text>
            <SimpleGrid cols={3}>
              <DateField label={t('end.settledOn')} {...form.getInputProps('settledOn')} />
              <YenInput label={t('end.deductions')} {...form.getInputProps('deductions')} />
              <YenInput label={t('end.returned')} {...form.getInputProps('returned')} />
            </SimpleGrid>
          </Fieldset>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={end.isPending}>
              {t('end.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
