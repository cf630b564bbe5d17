import { ActionIcon, Alert, Button, Divider, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notify } from '@/lib/notify';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { useSaveAvailability, type Advisor, type WeeklySlot } from '../api/advisor-queries';
import { WEEKDAYS, tokyoToday } from '../api/week';
import { OneOffSlots, slotOf, slotRow, type SlotRow } from './one-off-slots';

interface AvailabilityEditorProps {
  advisor: Advisor;
  canEdit: boolean;
}

/** 相談を受けられる時間: the advisor's weekly hours and one-off slots, from which tenants book free slots. */
export function AvailabilityEditor({ advisor, canEdit }: AvailabilityEditorProps) {
  const { t } = useTranslation(['advisors', 'common', 'errors']);
  const [rows, setRows] = useState<WeeklySlot[]>(advisor.availability?.weekly ?? []);
  const [slots, setSlots] = useState<SlotRow[]>((advisor.availability?.slots ?? []).map(slotRow));
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveAvailability(advisor);
  const update = (i: number, patch: Partial<WeeklySlot>) =>
    setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const bad = rows.findIndex((r) => !r.start || !r.end || r.start >= r.end);
    if (bad >= 0) {
      setProblem(t('advisors:availability.invalid', { row: bad + 1 }));
      return;
    }
    const badSlot = slots.findIndex((r) => !r.date || !r.start || !r.end || r.start >= r.end);
    if (badSlot >= 0) {
      setProblem(t('advisors:slots.invalid', { row: badSlot + 1 }));
      return;
    }
    save.mutate(
      { weekly: rows, slots: slots.map(slotOf) },
      {
        onSuccess: () => notify('teal', t('advisors:availability.saved')),
        onError: (error) => setProblem(applyApiError(t, error, { setFieldError: () => undefined }, [])),
      },
    );
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="availability-title">
      <Title order={3} size="h5" id="availability-title" mb={4}>
        {t('advisors:availability.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('advisors:availability.description')}
      </Text>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="xs">
          {rows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('advisors:availability.none')}
            </Text>
          )}
          {rows.map((r, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
              <Select
                label={t('advisors:availability.weekday')}
                w={110}
                allowDeselect={false}
                disabled={!canEdit}
                value={String(r.weekday)}
                onChange={(v) => update(i, { weekday: Number(v) })}
                data={WEEKDAYS.map((d) => ({ value: String(d), label: t(`advisors:weekday.${d}`) }))}
              />
              <TextInput
                type="time"
                label={t('advisors:availability.start')}
                w={120}
                disabled={!canEdit}
                value={r.start}
                onChange={(e) => update(i, { start: e.currentTarget.value })}
              />
              <TextInput
                type="time"
                label={t('advisors:availability.end')}
                w={120}
                disabled={!canEdit}
                value={r.end}
                onChange={(e) => update(i, { end: e.currentTarget.value })}
              />
              {canEdit && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={t('advisors:availability.remove', { row: i + 1 })}
                  onClick={() => setRows((prev) => prev.filter((_, j) => j !== i))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
          <Divider my="xs" />
          <OneOffSlots rows={slots} canEdit={canEdit} onChange={setSlots} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {canEdit && (
            <Group justify="space-between">
              <Group gap="xs">
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => setRows((prev) => [...prev, { weekday: 1, start: '10:00', end: '12:00' }])}
                >
                  {t('advisors:availability.add')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => setSlots((prev) => [...prev, { date: tokyoToday(), start: '13:00', end: '15:00' }])}
                >
                  {t('advisors:slots.add')}
                </Button>
              </Group>
              <Button type="submit" loading={save.isPending}>
                {t('advisors:availability.submit')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
