import { Button, SegmentedControl, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { leasingQueries, type Lease } from '../api/leasing-queries';
import { EndLeaseDialog } from '../components/end-lease-dialog';
import { LeasesTable } from '../components/leases-table';
import { RenewLeaseDialog } from '../components/renew-lease-dialog';
import { TenureTable } from '../components/tenure-table';

export type LeasesView = 'active' | 'ending' | 'tenure';

interface LeasesPageProps {
  view: LeasesView;
  canWrite: boolean;
}

export function LeasesPage({ view, canWrite }: LeasesPageProps) {
  const { t } = useTranslation('leasing');
  const navigate = useNavigate({ from: '/rooms/leases' });
  const names = useQuery(leasingQueries.tenantNames());
  const spaces = useQuery(leasingQueries.spaces());
  const active = useQuery({ ...leasingQueries.activeLeases(), enabled: view === 'active' });
  const ending = useQuery({ ...leasingQueries.endingLeases(), enabled: view === 'ending' });
  const tenure = useQuery({ ...leasingQueries.nearingTenure(), enabled: view === 'tenure' });
  const [renewing, setRenewing] = useState<Lease | null>(null);
  const [ended, setEnded] = useState<Lease | null>(null);
  const codes = new Map((spaces.data?.items ?? []).map((s) => [s.id, s.code]));
  const nameMap = names.data ?? new Map<string, string>();
  const leases = (view === 'ending' ? ending.data?.items : active.data?.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('tabs.leases')}
        actions={
          <Button component={Link} to="/rooms" variant="default">
            {t('tabs.rooms')}
          </Button>
        }
      />
      <SegmentedControl
        aria-label={t('leases.view')}
        value={view}
        onChange={(v) => void navigate({ search: { view: v as LeasesView } })}
        data={[
          { value: 'active', label: t('leases.active') },
          { value: 'ending', label: t('leases.ending') },
          { value: 'tenure', label: t('leases.tenure') },
        ]}
        w="fit-content"
      />
      {view === 'tenure' ? (
        <TenureTable items={tenure.data?.items ?? []} names={nameMap} maxTenureMonths={tenure.data?.maxTenureMonths} />
      ) : (
        <LeasesTable
          leases={leases}
          names={nameMap}
          spaceCodes={codes}
          canWrite={canWrite}
          onRenew={setRenewing}
          onEnd={setEnded}
        />
      )}
      {renewing && <RenewLeaseDialog lease={renewing} onClose={() => setRenewing(null)} />}
      {ended && <EndLeaseDialog lease={ended} onClose={() => setEnded(null)} />}
    </Stack>
  );
}
