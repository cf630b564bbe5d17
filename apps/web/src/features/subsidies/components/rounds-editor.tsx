import { ActionIcon, Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import type { RoundInput } from '../api/subsidy-queries';

/** A round (公募回) as the programme form edits it: dates stay null until picked. */
export interface RoundRow {
  id?: string;
  name: string;
  opensOn: string | null;
  closesOn: string | null;
  projectDeadline: string | null;
  prerequisiteCutoffs: RoundInput['prerequisiteCutoffs'];
}

export const emptyRound = (): RoundRow => ({
  name: '',
  opensOn: null,
  closesOn: null,
  projectDeadline: null,
  prerequisiteCutoffs: [],
});

interface RoundsEditorProps {
  rounds: RoundRow[];
  /** Field errors by form path, e.g. rounds.0.closesOn (the form's focus finds the field by that path). */
  errors: Record<string, string>;
  onChange: (update: (prev: RoundRow[]) => RoundRow[]) => void;
}

/** The programme's rounds: name, application window and project deadline, one fieldset each. */
export function RoundsEditor({ rounds, errors, onChange }: RoundsEditorProps) {
  const { t } = useTranslation('subsidies');
  const setRound = (i: number, patch: Partial<RoundRow>) =>
    onChange((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setRounds = onChange;
  return (
    <>
      {rounds.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('programs.noRounds')}
        </Text>
      )}
      {rounds.map((r, i) => (
        <Paper key={r.id ?? `new-${i}`} withBorder p="sm" radius="sm" component="fieldset" m={0}>
          <Text component="legend" size="sm" fw={600} px={4}>
            {r.name || t('programForm.roundN', { n: i + 1 })}
          </Text>
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              label={t('programForm.roundName')}
              placeholder={t('programForm.roundNamePlaceholder')}
              required
              w={130}
              value={r.name}
              onChange={(e) => setRound(i, { name: e.currentTarget.value })}
              data-path={`rounds.${i}.name`}
              error={errors[`rounds.${i}.name`]}
            />
            <DateField
              label={t('programForm.opensOn')}
              required
              w={160}
              value={r.opensOn}
              onChange={(x) => setRound(i, { opensOn: x })}
              data-path={`rounds.${i}.opensOn`}
              error={errors[`rounds.${i}.opensOn`]}
            />
            <DateField
              label={t('programForm.closesOn')}
              required
              w={160}
              value={r.closesOn}
              onChange={(x) => setRound(i, { closesOn: x })}
              data-path={`rounds.${i}.closesOn`}
              error={errors[`rounds.${i}.closesOn`]}
            />
            <DateField
              label={t('programForm.projectDeadline')}
              w={160}
              clearable
              value={r.projectDeadline}
              onChange={(x) => setRound(i, { projectDeadline: x })}
              data-path={`rounds.${i}.projectDeadline`}
              error={errors[`rounds.${i}.projectDeadline`]}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={25}
              style={{ flexShrink: 0 }}
              aria-label={t('programForm.removeRound', { name: r.name || i + 1 })}
              onClick={() => setRounds((prev) => prev.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setRounds((prev) => [...prev, emptyRound()])}
        >
          {t('programForm.addRound')}
        </Button>
      </Group>
    </>
  );
}
