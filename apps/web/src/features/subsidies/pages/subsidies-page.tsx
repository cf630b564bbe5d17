import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { subsidyQueries, type SubsidyCase } from '../api/subsidy-queries';
import { URGENCY_COLORS, type SubsidyStage, type Urgency } from '../api/subsidy-stages';
import { CaseDialog } from '../components/case-dialog';
import { PipelineBoard } from '../components/pipeline-board';
import { ProgramDialog } from '../components/program-dialog';
import { ProgramsPanel } from '../components/programs-panel';
import { StatsPanel } from '../components/stats-panel';
import { StepDialog } from '../components/step-dialog';

const URGENCIES: Urgency[] = ['overdue', 'urgent', 'soon', 'later'];

interface SubsidiesPageProps {
  /** Programme managers (facility administrators, incubation managers) register programmes. */
  canManagePrograms: boolean;
  /** Those who run cases (managers and advisors) open new ones. */
  canOpenCases: boolean;
}

/**
 * 補助金: the pipeline board of the facility's cases, the programmes with their rounds, and the
 * adoption statistics of every programme and round.
 */
export function SubsidiesPage({ canManagePrograms, canOpenCases }: SubsidiesPageProps) {
  const { t } = useTranslation('subsidies');
  const cases = useQuery(subsidyQueries.cases());
  const [moving, setMoving] = useState<{ item: SubsidyCase; to: SubsidyStage } | null>(null);
  const [dialog, setDialog] = useState<'program' | 'case' | null>(null);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="xs">
            {canManagePrograms && (
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setDialog('program')}
              >
                {t('actions.newProgram')}
              </Button>
            )}
            {canOpenCases && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('case')}>
                {t('actions.newCase')}
              </Button>
            )}
          </Group>
        }
      />
      <Tabs defaultValue="pipeline" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="pipeline">{t('tabs.pipeline')}</Tabs.Tab>
          <Tabs.Tab value="programs">{t('tabs.programs')}</Tabs.Tab>
          <Tabs.Tab value="stats">{t('tabs.stats')}</Tabs.Tab>
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
          <ProgramsPanel canEdit={canManagePrograms} />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <StatsPanel />
        </Tabs.Panel>
      </Tabs>
      {moving && <StepDialog item={moving.item} to={moving.to} onClose={() => setMoving(null)} />}
      {dialog === 'program' && <ProgramDialog onClose={() => setDialog(null)} />}
      {dialog === 'case' && <CaseDialog onClose={() => setDialog(null)} />}
    </Stack>
  );
}
