import { Alert, Badge, Button, Drawer, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { notify } from '@/lib/notify';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTenantNames } from '@/lib/api/tenant-names';
import { applyApiError } from '@/lib/forms/api-errors';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { sessionQueries, useSessionTransition, useUpdateSession, type Session } from '../api/session-queries';
import { FollowUpsEditor } from './follow-ups-editor';
import { STATUS_COLORS } from './sessions-table';

interface SessionDrawerProps {
  id: string;
  advisorName: (id: string | null | undefined) => string;
  canEdit: boolean;
  onClose: () => void;
}

/** One session's record: staff-only notes, the summary shared with the tenant, follow-ups, and its status. */
export function SessionDrawer({ id, advisorName, canEdit, onClose }: SessionDrawerProps) {
  const { t } = useTranslation('sessions');
  const session = useQuery(sessionQueries.detail(id));
  return (
    <Drawer
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      position="right"
      size="xl"
      title={t('detail.title')}
    >
      {session.data && (
        <SessionRecord key={session.data.id} session={session.data} advisorName={advisorName} canEdit={canEdit} />
      )}
    </Drawer>
  );
}

function SessionRecord({
  session,
  advisorName,
  canEdit,
}: { session: Session } & Omit<SessionDrawerProps, 'id' | 'onClose'>) {
  const { t, i18n } = useTranslation(['sessions', 'common', 'errors']);
  const lang = toLanguage(i18n.language);
  const tenantName = useTenantNames();
  const [notes, setNotes] = useState(session.notes ?? '');
  const [summary, setSummary] = useState(session.summary ?? '');
  const [minutes, setMinutes] = useState<number | string>(session.minutesSpent ?? '');
  const [followUps, setFollowUps] = useState(session.followUps);
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateSession(session.id);
  const transition = useSessionTransition(session.id);
  const form = { setFieldError: () => undefined };
  const handleSave = (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const body = {
      notes,
      summary,
      minutesSpent: minutes === '' ? undefined : Number(minutes),
      followUps: followUps.filter((f) => f.action.trim()).map((f) => ({ ...f, dueOn: f.dueOn || undefined })),
    };
    update.mutate(body as never, {
      onSuccess: () => notify('teal', t('sessions:detail.saved')),
      onError: (error) => setProblem(applyApiError(t, error, form, [])),
    });
  };
  const handleStatus = (to: Session['status']) =>
    transition.mutate(
      { to, minutesSpent: to === 'completed' && minutes !== '' ? Number(minutes) : undefined },
      {
        onSuccess: () => notify('teal', t('sessions:detail.statusDone')),
        onError: (error) => setProblem(applyApiError(t, error, form, [])),
      },
    );
  return (
    <form onSubmit={handleSave} noValidate>
      <Stack gap="md">
        <div>
          <Group gap="xs">
            <Title order={3} size="h4">
              {tenantName(session.tenantId)}
            </Title>
            <Badge color={STATUS_COLORS[session.status]} variant="light" c="dark.8">
              {t(`sessions:status.${session.status}`)}
            </Badge>
          </Group>
          <Text size="sm">
            {t('sessions:detail.when', {
              from: formatDateTime(session.startsAt, lang),
              to: formatDateTime(session.endsAt, lang).slice(-5),
            })}
            ・{t(`sessions:kind.${session.kind}`)}・{t(`sessions:topic.${session.topic}`)}
          </Text>
          <Text size="sm" c="dimmed">
            {advisorName(session.advisorId) || t('sessions:list.staffOnly')}
            {session.bookedBy === 'tenant' ? `・${t('sessions:detail.bookedByTenant')}` : ''}
          </Text>
        </div>
        {canEdit && session.status === 'booked' && (
          <Group gap="xs">
            <Button size="xs" onClick={() => handleStatus('completed')} loading={transition.isPending}>
              {t('sessions:detail.complete')}
            </Button>
            <Button size="xs" variant="default" onClick={() => handleStatus('no_show')}>
              {t('sessions:detail.noShow')}
            </Button>
            <Button size="xs" variant="default" color="red" onClick={() => handleStatus('cancelled')}>
              {t('sessions:detail.cancel')}
            </Button>
          </Group>
        )}
        <Textarea
          label={t('sessions:detail.summary')}
          description={t('sessions:detail.summaryHint')}
          autosize
          minRows={3}
          disabled={!canEdit}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        <Textarea
          label={t('sessions:detail.notes')}
          description={t('sessions:detail.notesHint')}
          autosize
          minRows={3}
          disabled={!canEdit}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          styles={{ input: { background: 'var(--mantine-color-yellow-0)' } }}
        />
        <NumberInput
          label={t('sessions:detail.minutes')}
          w={200}
          min={0}
          allowDecimal={false}
          disabled={!canEdit}
          value={minutes}
          onChange={setMinutes}
        />
        <div>
          <Title order={4} size="h5" mb="xs">
            {t('sessions:followUps.title')}
          </Title>
          <FollowUpsEditor value={followUps} onChange={setFollowUps} disabled={!canEdit} />
        </div>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {canEdit && (
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('sessions:detail.submit')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
