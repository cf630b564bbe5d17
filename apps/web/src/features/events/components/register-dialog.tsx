import { SegmentedControl, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { TenantSelect } from '@/components/form/tenant-select';
import { notify } from '@/lib/notify';
import { useRegister, type SupportEvent } from '../api/event-queries';

interface Values {
  who: 'tenant' | 'guest';
  tenantId: string | null;
  name: string;
  company: string;
  email: string;
}

const FIELDS = ['tenantId', 'attendeeName', 'email', 'guest.name', 'guest.email'];
/** A tenant's attendee is `attendeeName`, a guest `guest.name`/`guest.email`: one name and one e-mail field. */
const ALIASES = { attendeeName: 'name', 'guest.name': 'name', 'guest.email': 'email' };

/** 参加を登録: a tenant's attendee or an outside guest; past the capacity they go on the waitlist. */
export function RegisterDialog({ event, onClose }: { event: SupportEvent; onClose: () => void }) {
  const { t } = useTranslation(['events', 'common', 'errors']);
  const required = t('events:create.required');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { who: 'tenant', tenantId: null, name: '', company: '', email: '' },
    validate: {
      tenantId: (x, v) => (v.who === 'tenant' && !x ? required : null),
      name: (x) => (x.trim() ? null : required),
      email: (x, v) => (v.who === 'guest' && !x.trim() ? required : null),
    },
  });
  const register = useRegister(event.id);
  const handleSubmit = async (v: Values) => {
    const body =
      v.who === 'tenant'
        ? { tenantId: v.tenantId!, attendeeName: v.name, email: v.email || undefined }
        : { guest: { name: v.name, company: v.company || null, email: v.email } };
    const r = await register.mutateAsync(body as never);
    notify('teal', r.status === 'waitlisted' ? t('events:register.waitlisted') : t('events:register.done'));
    onClose();
  };
  const who = form.values.who;
  return (
    <FormDialog
      onClose={onClose}
      title={t('events:register.title', { title: event.title })}
      form={form}
      fields={FIELDS}
      fieldAliases={ALIASES}
      onSubmit={handleSubmit}
      submitLabel={t('events:register.submit')}
    >
      <SegmentedControl
        aria-label={t('events:register.who')}
        data={[
          { value: 'tenant', label: t('events:register.tenant') },
          { value: 'guest', label: t('events:register.guest') },
        ]}
        {...form.getInputProps('who')}
      />
      {who === 'tenant' ? (
        <TenantSelect label={t('events:register.tenantName')} required {...form.getInputProps('tenantId')} />
      ) : (
        <TextInput label={t('events:register.company')} {...form.getInputProps('company')} />
      )}
      <TextInput label={t('events:register.name')} required {...form.getInputProps('name')} />
      <TextInput
        type="email"
        label={t('events:register.email')}
        required={who === 'guest'}
        {...form.getInputProps('email')}
      />
    </FormDialog>
  );
}
