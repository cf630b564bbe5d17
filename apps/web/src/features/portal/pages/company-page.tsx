import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import type { Me } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { portalQueries, type Tenant } from '../api/portal-queries';
import { CompanyForm } from '../components/company-form';
import { LeaseCards } from '../components/lease-cards';
import { ReadOnlyFields } from '../components/read-only-fields';
import { Section } from '../components/section';

/** My company: fixed facts read-only, the editable ones in a form (tenant admins), contacts and leases. */
export function CompanyPage({ me }: { me: Me & { tenantId: string } }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const company = useQuery(portalQueries.company(me.tenantId));
  const isAdmin = me.roles.includes('tenant_admin');
  if (company.isError) return <ErrorState error={company.error} />;
  const c = company.data;
  return (
    <>
      <PageHeader title={t('company.title')} description={t('company.lead')} />
      {c && (
        <Stack gap="md">
          <Section title={t('company.profile')}>
            <ReadOnlyFields cols={{ base: 2, sm: 3 }} fields={fixedFields(c, t, lang)} />
            <Text size="sm" c="dimmed" mt="sm">
              {t('company.readOnlyNote')}
            </Text>
          </Section>
          <Section title={t('company.editable')}>
            {isAdmin ? (
              <CompanyForm tenant={c} />
            ) : (
              <Stack gap="sm">
                <ReadOnlyFields fields={editableAsText(c, t)} />
                {c.contacts.map((x) => (
                  <Text key={x.id} size="sm">
                    {t(`company.roles.${x.role}` as never, { defaultValue: x.role })}: {x.name} {x.email ?? ''}{' '}
                    {x.phone ?? ''}
                  </Text>
                ))}
                <Text size="sm" c="dimmed">
                  {t('company.memberNote')}
                </Text>
              </Stack>
            )}
          </Section>
          <Section title={t('company.leases')}>
            <LeaseCards />
          </Section>
        </Stack>
      )}
    </>
  );
}

type T = ReturnType<typeof useTranslation<'portal'>>['t'];

function fixedFields(c: Tenant, t: T, lang: 'ja' | 'en') {
  return [
    { label: t('company.name'), value: c.name },
    { label: t('company.nameKana'), value: c.nameKana },
    { label: t('company.kind'), value: t(`company.kinds.${c.kind}`) },
    { label: t('company.tradeName'), value: c.tradeName },
    { label: t('company.corporateNumber'), value: c.corporateNumber },
    { label: t('company.foundedOn'), value: formatDate(c.foundedOn, lang) },
    { label: t('company.enteredOn'), value: formatDate(c.enteredOn, lang) },
    { label: t('company.status'), value: t(`company.statuses.${c.status}`) },
    { label: t('company.manager'), value: c.managerName },
  ];
}

function editableAsText(c: Tenant, t: T) {
  return [
    { label: t('company.representative'), value: c.representative },
    { label: t('company.address'), value: c.address },
    { label: t('company.industry'), value: c.industry },
    { label: t('company.employees'), value: c.employees },
    { label: t('company.website'), value: c.website },
  ];
}
