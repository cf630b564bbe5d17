import { Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { subsidyQueries, type SubsidyCase } from '../api/subsidy-queries';
import { URGENCY_COLORS, type SubsidyStage, type Urgency } from '../api/subsidy-stages';
import { PipelineBoard } from '../components/pipeline-board';
import { ProgramsPanel } from '../components/programs-panel';
import { StepDialog } from '../components/step-dialog';

const URGENCIES: Urgency[] = ['overdue', 'urgent', 'soon', 'later'];

/** 補助金: the pipeline board of the facility's cases, and the programmes with their adoption figures. */
export function SubsidiesPage() {
  const { t } = useTranslation('subsidies');
  const cases = useQuery(subsidyQueries.cases());
  const [moving, setMoving] = useState<{ item: SubsidyCase; to: SubsidyStage } | null>(null);
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs defaultValue="pipeline" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="pipeline">{t('tabs.pipeline')}</Tabs.Tab>
          <Tabs.Tab value="programs">{t('tabs.programs')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pipeline">
          <Group gap="md" mb="sm">
            <Text size="sm" c="dimmed">
              {t('board.hint')}
            </Text>
            <Group gap={6} aria-label={t('urgency.legend')} role="list">
              {URGENCIES.map((u) => (
                <Group key={u} gap={4} role="listitem">
                  <span
                    aria-hidden
                    style={{
                      width: 10,
                      height: 10,
                      borderRadius: 2,
                      background: `var(--mantine-color-${URGENCY_COLORS[u]}-5)`,
                    }}
                  />
                  <Text size="xs">{t(`urgency.${u}Legend`)}</Text>
                </Group>
              ))}
            </Group>
          </Group>
          <PipelineBoard cases={cases.data?.items ?? []} onMove={(item, to) => setMoving({ item, to })} />
        </Tabs.Panel>
        <Tabs.Panel value="programs">
          <ProgramsPanel />
        </Tabs.Panel>
      </Tabs>
      {moving && <StepDialog item={moving.item} to={moving.to} onClose={() => setMoving(null)} />}
    </Stack>
  );
}
