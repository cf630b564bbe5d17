import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import type { components } from '@tamago/api-client';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';

type Item = components['schemas']['ChecklistItemView'];

/** A case's checklist, read-only for the tenant (staff tick the items). */
export function Checklist({ title, items }: { title: string; items: Item[] }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  return (
    <div>
      <Text fw={700} size="sm" mb={4}>
        {title}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('subsidies.noItems')}
        </Text>
      ) : (
        <List spacing={4} size="sm" center>
          {items.map((i) => (
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
              <Group gap={6}>
                <Text size="sm">{i.label}</Text>
                <Text size="xs" c="dimmed">
                  {i.done
                    ? i.doneOn
                      ? t('subsidies.doneOn', { date: formatDate(i.doneOn, lang) })
                      : t('subsidies.done')
                    : t('subsidies.notDone')}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
