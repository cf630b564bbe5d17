import { Badge, Button, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { partnerQueries, type ReferralsSearch } from '../api/partner-queries';
import { CreateReferralDialog } from '../components/create-referral-dialog';
import { OrganizationsPanel } from '../components/organizations-panel';
import { OverdueFollowUps } from '../components/overdue-follow-ups';
import { ReferralDrawer } from '../components/referral-drawer';
import { ReferralsTable } from '../components/referrals-table';

/** 紹介・連携: referrals to partner organisations, the organisations, and the follow-ups that are late. */
export function ReferralsPage({ search, canEdit }: { search: ReferralsSearch; canEdit: boolean }) {
  const { t } = useTranslation('partners');
  const navigate = useNavigate({ from: '/support/referrals' });
  const referrals = useQuery(partnerQueries.referrals());
  const orgs = useQuery(partnerQueries.organizations());
  const overdue = useQuery(partnerQueries.overdue());
  const orgNames = new Map((orgs.data?.items ?? []).map((o) => [o.id, o.name]));
  const organizationName = (id: string) => orgNames.get(id) ?? '';
  const [creating, setCreating] = useState(false);
  const go = (patch: Partial<ReferralsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const items = referrals.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canEdit && <Button onClick={() => setCreating(true)}>{t('create.title')}</Button>}
      />
      <Tabs
        value={search.tab ?? 'referrals'}
        onChange={(v) => go({ tab: (v ?? 'referrals') as ReferralsSearch['tab'] })}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="referrals">{t('tabs.referrals')}</Tabs.Tab>
          <Tabs.Tab
            value="followUps"
            rightSection={
              (overdue.data?.total ?? 0) > 0 && (
                <Badge color="red" size="sm" variant="filled">
                  {overdue.data?.total}
                </Badge>
              )
            }
          >
            {t('tabs.followUps')}
          </Tabs.Tab>
          <Tabs.Tab value="organizations">{t('tabs.organizations')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="referrals">
          <ReferralsTable
            referrals={items}
            organizationName={organizationName}
            loading={referrals.isPending}
            onOpen={(id) => go({ referral: id })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="followUps">
          <OverdueFollowUps
            referrals={items}
            organizationName={organizationName}
            onOpen={(id) => go({ referral: id })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="organizations">
          <OrganizationsPanel organizations={orgs.data?.items ?? []} canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
      {search.referral && (
        <ReferralDrawer
          id={search.referral}
          organizationName={organizationName}
          canEdit={canEdit}
          onClose={() => go({ referral: undefined })}
        />
      )}
      {creating && <CreateReferralDialog organizations={orgs.data?.items ?? []} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
