import { Alert, Button, Group, Modal, Select, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { notify } from '@/lib/notify';
import { ADVISOR_KINDS, useSaveAdvisor, type Advisor } from '../api/advisor-queries';

interface AdvisorDialogProps {
  /** The advisor to change; none to register a new one. */
  advisor?: Advisor;
  organizations: { id: string; name: string }[];
  onClose: () => void;
}

const FIELDS = ['name', 'kind', 'organizationId', 'email', 'expertise'];

/** アドバイザーの登録・編集: name, kind, partner organisation, contact, expertise, whether they take bookings. */
export function AdvisorDialog({ advisor, organizations, onClose }: AdvisorDialogProps) {
  const { t } = useTranslation(['advisors', 'common', 'errors']);
  const [v, setV] = useState({
    name: advisor?.name ?? '',
    kind: advisor?.kind ?? ('specialist' as Advisor['kind']),
    organizationId: advisor?.organizationId ?? null,
    email: advisor?.email ?? '',
    expertise: advisor?.expertise ?? [],
    active: advisor?.active ?? true,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveAdvisor(advisor?.id ?? null);
  const set = (patch: Partial<typeof v>) => setV((p) => ({ ...p, ...patch }));
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!v.name.trim()) {
      setErrors({ name: t('advisors:form.required') });
      return;
    }
    setErrors({});
    setProblem(null);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    save.mutate(
      {
        name: v.name.trim(),
        kind: v.kind,
        organizationId: v.organizationId,
        email: v.email.trim() || null,
        expertise: v.expertise,
        active: v.active,
      },
      {
        onSuccess: () => {
          notify('teal', t(advisor ? 'advisors:form.updated' : 'advisors:form.created', { name: v.name.trim() }));
          onClose();
        },
        onError: (error) => setProblem(applyApiError(t, error, form, FIELDS)),
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={advisor ? t('advisors:form.editTitle', { name: advisor.name }) : t('advisors:form.title')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput
              label={t('advisors:list.name')}
              required
              value={v.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={errors.name}
            />
            <Select
              label={t('advisors:list.kind')}
              allowDeselect={false}
              value={v.kind}
              onChange={(x) => x && set({ kind: x as Advisor['kind'] })}
              data={ADVISOR_KINDS.map((k) => ({ value: k, label: t(`advisors:kind.${k}`) }))}
              error={errors.kind}
            />
          </Group>
          <Select
            label={t('advisors:list.organization')}
            description={t('advisors:form.organizationHint')}
            placeholder={t('advisors:list.ownFacility')}
            clearable
            searchable
            value={v.organizationId}
            onChange={(x) => set({ organizationId: x })}
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            nothingFoundMessage="—"
            error={errors.organizationId}
          />
          <TagsInput
            label={t('advisors:list.expertise')}
            description={t('advisors:form.expertiseHint')}
            placeholder={t('advisors:form.expertisePlaceholder')}
            value={v.expertise}
            onChange={(x) => set({ expertise: x })}
            maxTags={30}
            clearable
            error={errors.expertise}
          />
          <TextInput
            type="email"
            label={t('advisors:form.email')}
            value={v.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={errors.email}
          />
          <Switch
            label={t('advisors:form.active')}
            description={t('advisors:form.activeHint')}
            checked={v.active}
            onChange={(e) => set({ active: e.currentTarget.checked })}
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
            <Button type="submit" loading={save.isPending}>
              {advisor ? t('advisors:form.save') : t('advisors:form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
