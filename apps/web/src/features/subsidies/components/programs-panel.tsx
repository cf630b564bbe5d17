import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { subsidyQueries, type SubsidyProgram } from '../api/subsidy-queries';

/** 制度と公募回: each programme with its rounds and how many applications were adopted. */
export function ProgramsPanel() {
  const { t } = useTranslation('subsidies');
  const programs = useQuery(subsidyQueries.programs());
  const items = programs.data?.items ?? [];
  if (!programs.isPending && items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('programs.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      {items.map((p) => (
        <ProgramCard key={p.id} program={p} />
      ))}
    </Stack>
  );
}

function ProgramCard({ program }: { program: SubsidyProgram }) {
  const { t, i18n } = useTranslation('subsidies');
  const lang = toLanguage(i18n.language);
  const stats = useQuery(subsidyQueries.stats(program.id));
  const rows = program.rounds.map((r) => ({ round: r, stats: stats.data?.rounds.find((s) => s.roundId === r.id) }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`program-${program.id}`}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4" id={`program-${program.id}`}>
            {program.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('programs.meta', {
              agency: program.agency,
              rate: program.subsidyRate,
              max: formatYen(program.maxAmount),
            })}
          </Text>
        </div>
        <div style={{ textAlign: 'right' }}>
          <Text size="xs" c="dimmed">
            {t('programs.adoptionRate')}
          </Text>
          <Text fw={700} size="lg">
            {stats.data?.adoptionRate ?? '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {t('programs.counts', {
              applied: stats.data?.applied ?? 0,
              adopted: stats.data?.adopted ?? 0,
              notAdopted: stats.data?.notAdopted ?? 0,
            })}
          </Text>
        </div>
      </Group>
      <SimpleTable
        caption={t('programs.roundsCaption', { name: program.name })}
        rows={rows}
        rowKey={(r) => r.round.id}
        empty={t('programs.noRounds')}
        columns={[
          { header: t('programs.round'), cell: (r) => r.round.name },
          {
            header: t('programs.window'),
            cell: (r) => `${formatDate(r.round.opensOn, lang)} – ${formatDate(r.round.closesOn, lang)}`,
          },
          { header: t('programs.applied'), cell: (r) => r.stats?.applied ?? 0, align: 'right' },
          { header: t('programs.adopted'), cell: (r) => r.stats?.adopted ?? 0, align: 'right' },
          { header: t('programs.notAdopted'), cell: (r) => r.stats?.notAdopted ?? 0, align: 'right' },
          { header: t('programs.undecided'), cell: (r) => r.stats?.undecided ?? 0, align: 'right' },
          { header: t('programs.adoptionRate'), cell: (r) => r.stats?.adoptionRate ?? '—', align: 'right' },
        ]}
      />
    </Paper>
  );
}
