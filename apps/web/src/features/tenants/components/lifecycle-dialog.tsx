import { NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { DateField } from '@/components/date-field';
import type { Tenant, TenantStatus } from '../api/tenant-queries';
import { REQUIRED_DETAILS, useTenantTransition } from '../api/tenant-transition';

interface LifecycleDialogProps {
  tenant: Tenant;
  to: TenantStatus;
  onClose: () => void;
}

const DATE_FIELDS = ['decidedOn', 'enteredOn', 'graduatedOn', 'withdrawnOn'] as const;
const FIELDS = [...DATE_FIELDS, 'reason', 'destination', 'reviews.0.reviewer', 'reviews.0.score', 'reviews.0.comment'];
/** The API names the screening review as a list of one; the form has its fields at the top. */
const REVIEW_ALIASES = {
  'reviews.0.reviewer': 'reviewer',
  'reviews.0.score': 'score',
  'reviews.0.comment': 'comment',
};

/** One lifecycle step with exactly the record it requires (screening review, dates, reason, destination). */
export function LifecycleDialog({ tenant, to, onClose }: LifecycleDialogProps) {
  const { t } = useTranslation(['tenants', 'common', 'errors']);
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
  const transition = useTenantTransition(tenant.id);
  const handleSubmit = async (v: typeof form.values) => {
    const body = {
      to,
      ...Object.fromEntries(DATE_FIELDS.filter((f) => needs.includes(f)).map((f) => [f, v[f] || undefined])),
      ...(needs.includes('reason') ? { reason: v.reason } : {}),
      ...(needs.includes('destination') ? { destination: v.destination } : {}),
      ...(needs.includes('reviews') ? { reviews: [{ reviewer: v.reviewer, score: v.score, comment: v.comment }] } : {}),
    } as never;
    const next = await transition.mutateAsync(body);
    notifications.show({ color: 'teal', message: t('lifecycle.done', { status: t(`status.${next.status}`) }) });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t(`lifecycle.to.${to}` as never)}
      size="lg"
      form={form}
      fields={FIELDS}
      fieldAliases={REVIEW_ALIASES}
      onSubmit={handleSubmit}
      submitLabel={t(`lifecycle.to.${to}` as never)}
    >
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
    </FormDialog>
  );
}
