import { Alert, Badge, Checkbox, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import type { components } from '@tamago/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { useTickChecklist, type ChecklistName } from '../api/subsidy-queries';

type Item = components['schemas']['ChecklistItemView'];

interface ChecklistProps {
  title: string;
  caseId: string;
  list: ChecklistName;
  items: Item[];
  /** A closed case's checklists are final. */
  closed: boolean;
}

/**
 * A case's checklist. The tenant ticks what its company obtains or collects itself (gBizID,
 * documents); the items staff keep are shown with their state and a note that the facility ticks them.
 */
export function Checklist({ title, caseId, list, items, closed }: ChecklistProps) {
  const { t, i18n } = useTranslation(['portal', 'errors']);
  const lang = toLanguage(i18n.language);
  const tick = useTickChecklist(caseId);
  const [problem, setProblem] = useState<string | null>(null);
  const state = (i: Item) =>
    i.done
      ? i.doneOn
        ? t('portal:subsidies.doneOn', { date: formatDate(i.doneOn, lang) })
        : t('portal:subsidies.done')
      : t('portal:subsidies.notDone');
  const titleId = `checklist-${caseId}-${list}`;
  // The tick as clicked, set in the click's own render (the mutation's pending state arrives a moment
  // later, and a controlled checkbox would spring back until then); cleared when the server answers.
  const [clicked, setClicked] = useState<{ key: string; done: boolean } | null>(null);
  const pendingFor = (i: Item) =>
    clicked?.key === i.key
      ? clicked.done
      : tick.isPending && tick.variables?.key === i.key && tick.variables.list === list
        ? tick.variables.done
        : undefined;
  return (
    <div role="group" aria-labelledby={titleId}>
      <Text fw={700} size="sm" mb={4} id={titleId}>
        {title}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('portal:subsidies.noItems')}
        </Text>
      ) : (
        <Stack gap={6}>
          <List spacing={6} size="sm" center listStyleType="none" styles={{ itemWrapper: { width: '100%' } }}>
            {items.map((i) =>
              i.tenantMayTick && !closed ? (
                <List.Item key={i.key}>
                  <Checkbox
                    size="sm"
                    // Shows the tick at once while it is saved; the answer from the server then replaces the case.
                    checked={pendingFor(i) ?? i.done}
                    disabled={pendingFor(i) !== undefined}
                    onChange={(e) => {
                      const done = e.currentTarget.checked;
                      setProblem(null);
                      setClicked({ key: i.key, done });
                      tick.mutate(
                        { list, key: i.key, done },
                        {
                          onError: (error) =>
                            setProblem(applyApiError(t, error, { setFieldError: () => undefined }, [])),
                          onSettled: () => setClicked(null),
                        },
                      );
                    }}
                    label={i.label}
                    description={state(i)}
                  />
                </List.Item>
              ) : (
                <List.Item
                  key={i.key}
                  icon={
                    <ThemeIcon
                      size={20}
                      radius="xl"
                      color={i.done ? 'teal.9' : 'gray.6'}
                      variant={i.done ? 'filled' : 'light'}
                    >
                      {i.done ? <IconCheck size={12} aria-hidden /> : <IconCircleDashed size={12} aria-hidden />}
                    </ThemeIcon>
                  }
                >
                  <Stack gap={0}>
                    <Group gap={6}>
                      <Text size="sm">{i.label}</Text>
                      {!i.tenantMayTick && (
                        <Badge size="sm" variant="outline" color="gray" c="dark.6" style={{ textTransform: 'none' }}>
                          {t('portal:subsidies.staffItem')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {state(i)}
                    </Text>
                  </Stack>
                </List.Item>
              ),
            )}
          </List>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
        </Stack>
      )}
    </div>
  );
}
