import { Paper, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { subsidyStatsQuery } from '../api/subsidy-queries';

interface Row {
  key: string;
  program: string;
  round: string | null;
  applied: number;
  adopted: number;
  notAdopted: number;
  undecided: number;
  adoptionRateBp: number | null;
  adoptionRate: string | null;
}

/**
 * 採択実績: applied, adopted and not-adopted cases and the adoption rate of every programme, then of
 * each of its rounds, from one read. The rate is over decided applications only.
 */
export function StatsPanel() {
  const { t } = useTranslation('subsidies');
  const stats = useQuery(subsidyStatsQuery());
  const rows: Row[] = (stats.data?.items ?? []).flatMap((p) => [
    { key: p.programId, program: p.name, round: null, ...p },
    ...p.rounds.map((r) => ({ key: r.roundId, program: p.name, round: r.name, ...r })),
  ]);
  const total = (stats.data?.items ?? []).reduce(
    (s, p) => ({
      applied: s.applied + p.applied,
      adopted: s.adopted + p.adopted,
      notAdopted: s.notAdopted + p.notAdopted,
    }),
    { applied: 0, adopted: 0, notAdopted: 0 },
  );
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Text size="sm" c="dimmed">
          {t('stats.lead')}
        </Text>
        <Text size="sm" mt={4}>
          {t('stats.total', total)}
        </Text>
      </Paper>
      <SimpleTable
        caption={t('stats.caption')}
        rows={rows}
        rowKey={(r) => r.key}
        loading={stats.isPending}
        empty={t('programs.empty')}
        columns={[
          {
            header: t('stats.program'),
            cell: (r) =>
              r.round === null ? (
                <Text size="sm" fw={700}>
                  {r.program}
                </Text>
              ) : (
                <Text size="sm" pl="md" c="dimmed">
                  {t('stats.roundOf', { round: r.round })}
                </Text>
              ),
          },
          { header: t('programs.applied'), cell: (r) => r.applied, align: 'right' },
          { header: t('programs.adopted'), cell: (r) => r.adopted, align: 'right' },
          { header: t('programs.notAdopted'), cell: (r) => r.notAdopted, align: 'right' },
          { header: t('programs.undecided'), cell: (r) => r.undecided, align: 'right' },
          {
            header: t('programs.adoptionRate'),
            align: 'right',
            cell: (r) => (
              <Stack gap={2} align="flex-end">
                <Text size="sm" fw={r.round === null ? 700 : 400}>
                  {r.adoptionRate ?? '—'}
                </Text>
                {r.adoptionRateBp !== null && (
                  <Progress value={r.adoptionRateBp / 100} w={80} size="sm" color="teal" aria-hidden />
                )}
              </Stack>
            ),
          },
        ]}
      />
    </Stack>
  );
}
