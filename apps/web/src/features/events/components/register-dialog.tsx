import { Alert, Button, Group, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TenantSelect } from '@/components/form/tenant-select';
import { applyApiError } from '@/lib/forms/api-errors';
import { notify } from '@/lib/notify';
import { useRegister, type SupportEvent } from '../api/event-queries';

/** 参加を登録: a tenant's attendee or an outside guest; past the capacity they go on the waitlist. */
export function RegisterDialog({ event, onClose }: { event: SupportEvent; onClose: () => void }) {
  const { t } = useTranslation(['events', 'common', 'errors']);
  const [who, setWho] = useState<'tenant' | 'guest'>('tenant');
  const [tenantId, setTenantId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const register = useRegister(event.id);
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (who === 'tenant' && !tenantId) missing.tenantId = t('events:create.required');
    if (!name.trim()) missing.attendeeName = t('events:create.required');
    if (who === 'guest' && !email.trim()) missing.email = t('events:create.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setProblem(null);
    const body =
      who === 'tenant'
        ? { tenantId: tenantId!, attendeeName: name, email: email || undefined }
        : { guest: { name, company: company || null, email } };
    const form = {
      setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path.replace('guest.', '')]: msg })),
    };
    register.mutate(body as never, {
      onSuccess: (r) => {
        notify('teal', r.status === 'waitlisted' ? t('events:register.waitlisted') : t('events:register.done'));
        onClose();
      },
      onError: (error) =>
        setProblem(applyApiError(t, error, form, ['tenantId', 'attendeeName', 'email', 'guest.name', 'guest.email'])),
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={t('events:register.title', { title: event.title })}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <SegmentedControl
            aria-label={t('events:register.who')}
            value={who}
            onChange={(x) => setWho(x as 'tenant' | 'guest')}
            data={[
              { value: 'tenant', label: t('events:register.tenant') },
              { value: 'guest', label: t('events:register.guest') },
            ]}
          />
          {who === 'tenant' ? (
            <TenantSelect
              label={t('events:register.tenantName')}
              required
              value={tenantId}
              onChange={setTenantId}
              error={errors.tenantId}
            />
          ) : (
            <TextInput
              label={t('events:register.company')}
              value={company}
              onChange={(e) => setCompany(e.currentTarget.value)}
            />
          )}
          <TextInput
            label={t('events:register.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.attendeeName ?? errors.name}
          />
          <TextInput
            type="email"
            label={t('events:register.email')}
            required={who === 'guest'}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={register.isPending}>
              {t('events:register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
