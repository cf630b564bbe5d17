import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { subsidyQueries, subsidyStatsQuery, type AllProgramStats, type SubsidyProgram } from '../api/subsidy-queries';
import { ProgramDialog } from './program-dialog';

/** 制度と公募回: each programme with its rounds and how many applications were adopted (one statistics read). */
export function ProgramsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('subsidies');
  const programs = useQuery(subsidyQueries.programs());
  const stats = useQuery(subsidyStatsQuery());
  const [editing, setEditing] = useState<SubsidyProgram | null>(null);
  const items = programs.data?.items ?? [];
  const statsOf = new Map((stats.data?.items ?? []).map((s) => [s.programId, s]));
  return (
    <Stack gap="lg">
      {!programs.isPending && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('programs.empty')}
        </Text>
      )}
      {items.map((p) => (
        <ProgramCard
          key={p.id}
          program={p}
          stats={statsOf.get(p.id)}
          onEdit={canEdit ? () => setEditing(p) : undefined}
        />
      ))}
      {editing && <ProgramDialog program={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface ProgramCardProps {
  program: SubsidyProgram;
  stats: AllProgramStats | undefined;
  onEdit?: () => void;
}

function ProgramCard({ program, stats, onEdit }: ProgramCardProps) {
  const { t, i18n } = useTranslation('subsidies');
  const lang = toLanguage(i18n.language);
  const rows = program.rounds.map((r) => ({ round: r, stats: stats?.rounds.find((s) => s.roundId === r.id) }));
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
          {onEdit && (
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              px={4}
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={t('programs.editLabel', { name: program.name })}
            >
              {t('programs.edit')}
            </Button>
          )}
        </div>
        <div style={{ textAlign: 'right' }}>
          <Text size="xs" c="dimmed">
            {t('programs.adoptionRate')}
          </Text>
          <Text fw={700} size="lg">
            {stats?.adoptionRate ?? '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {t('programs.counts', {
              applied: stats?.applied ?? 0,
              adopted: stats?.adopted ?? 0,
              notAdopted: stats?.notAdopted ?? 0,
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
          {
            header: t('programs.projectDeadline'),
            cell: (r) => (r.round.projectDeadline ? formatDate(r.round.projectDeadline, lang) : '—'),
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
