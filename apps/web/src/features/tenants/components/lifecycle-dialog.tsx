import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { DateField } from '@/components/date-field';
import { applyApiError } from '@/lib/forms/api-errors';
import type { Tenant, TenantStatus } from '../api/tenant-queries';
import { REQUIRED_DETAILS, useTenantTransition } from '../api/tenant-transition';

interface LifecycleDialogProps {
  tenant: Tenant;
  to: TenantStatus;
  onClose: () => void;
}

const DATE_FIELDS = ['decidedOn', 'enteredOn', 'graduatedOn', 'withdrawnOn'] as const;

/** One lifecycle step with exactly the record it requires (screening review, dates, reason, destination). */
export function LifecycleDialog({ tenant, to, onClose }: LifecycleDialogProps) {
  const { t } = useTranslation(['tenants', 'common', 'errors']);
  useReturnFocus();
  const needs = REQUIRED_DETAILS[to];
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      decidedOn: '',
      enteredOn: '',
      graduatedOn: '',
      withdrawnOn: '',
      reason: '',
      destination: '',
      reviewer: '',
      score: 3,
      comment: '',
    },
  });
  const [problem, setProblem] = useState<string | null>(null);
  const transition = useTenantTransition(tenant.id);
  const handleSubmit = form.onSubmit((v) => {
    setProblem(null);
    const body = {
      to,
      ...Object.fromEntries(DATE_FIELDS.filter((f) => needs.includes(f)).map((f) => [f, v[f] || undefined])),
      ...(needs.includes('reason') ? { reason: v.reason } : {}),
      ...(needs.includes('destination') ? { destination: v.destination } : {}),
      ...(needs.includes('reviews') ? { reviews: [{ reviewer: v.reviewer, score: v.score, comment: v.comment }] } : {}),
    } as never;
    transition.mutate(body, {
      onSuccess: (next) => {
        notifications.show({ color: 'teal', message: t('lifecycle.done', { status: t(`status.${next.status}`) }) });
        onClose();
      },
      onError: (e) =>
        setProblem(
          applyApiError(t, e, form, [
            ...DATE_FIELDS,
            'reason',
            'destination',
            'reviews.0.reviewer',
            'reviews.0.comment',
          ]),
        ),
    });
  });
  return (
    <Modal opened onClose={onClose} title={t(`lifecycle.to.${to}` as never)} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            {DATE_FIELDS.filter((f) => needs.includes(f)).map((f) => (
              <DateField key={form.key(f)} label={t(`lifecycle.${f}`)} required {...form.getInputProps(f)} />
            ))}
          </SimpleGrid>
          {needs.includes('reviews') && (
            <SimpleGrid cols={2}>
              <TextInput
                label={t('lifecycle.reviewer')}
                required
                key={form.key('reviewer')}
                {...form.getInputProps('reviewer')}
              />
              <NumberInput
                label={t('lifecycle.score')}
                min={1}
                max={5}
                key={form.key('score')}
                {...form.getInputProps('score')}
              />
            </SimpleGrid>
          )}
          {needs.includes('reviews') && (
            <Textarea
              label={t('lifecycle.comment')}
              required
              autosize
              minRows={2}
              key={form.key('comment')}
              {...form.getInputProps('comment')}
            />
          )}
          {needs.includes('reason') && (
            <Textarea
              label={t('lifecycle.reason')}
              required
              autosize
              minRows={2}
              key={form.key('reason')}
              {...form.getInputProps('reason')}
            />
          )}
          {needs.includes('destination') && (
            <TextInput
              label={t('lifecycle.destination')}
              required
              key={form.key('destination')}
              {...form.getInputProps('destination')}
            />
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={transition.isPending}>
              {t(`lifecycle.to.${to}` as never)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
