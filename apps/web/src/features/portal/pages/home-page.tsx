import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import type { Me } from '@/lib/auth/roles';
import { formatDate, formatDateTime, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { portalQueries } from '../api/portal-queries';
import { Section } from '../components/section';

/** What needs the tenant's attention, from the portal summary in one call. */
export function HomePage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const summary = useQuery(portalQueries.summary());
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  const more = (to: string, label: string) => (
    <Anchor component={Link} to={to} size="sm">
      {label}
    </Anchor>
  );
  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.welcome', { name: me.name })} />
      {s && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Section title={t('home.due')} actions={more('/portal/invoices', t('home.toInvoices'))}>
            {s.amountDue > 0 ? (
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  {t('home.dueAmount')}
                </Text>
                <Text fz={28} fw={800}>
                  {formatYen(s.amountDue)}
                </Text>
                {s.nextDueDate && <Text fw={600}>{t('home.dueBy', { date: formatDate(s.nextDueDate, lang) })}</Text>}
              </Stack>
            ) : (
              <Text>
                {s.amountDue < 0 ? t('home.inCredit', { amount: formatYen(-s.amountDue) }) : t('home.nothingDue')}
              </Text>
            )}
          </Section>
          <Section title={t('home.sessions')} actions={more('/portal/sessions', t('home.toSessions'))}>
            {s.upcomingSessions.length === 0 ? (
              <Text c="dimmed">{t('home.noSessions')}</Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {s.upcomingSessions.slice(0, 3).map((x) => (
                  <li key={x.id}>
                    <Text fw={600}>{formatDateTime(x.startsAt, lang)}</Text>
                    <Text size="sm">
                      {t(`sessions.topics.${x.topic}`)}
                      {x.mode && `・${t(`sessions.modes.${x.mode}`)}`}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Section>
          <Section title={t('home.subsidies')} actions={more('/portal/subsidies', t('home.toSubsidies'))}>
            {s.openSubsidyDeadlines.length === 0 ? (
              <Text c="dimmed">{t('home.noDeadlines')}</Text>
            ) : (
              <Stack gap="xs">
                {s.openSubsidyDeadlines.slice(0, 4).map((d) => (
                  <Group key={d.applicationId} justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" lineClamp={2}>
                      {d.title ?? t('subsidies.untitled')}
                    </Text>
                    <Badge variant="light" c="dark.8" color="orange" style={{ flexShrink: 0 }}>
                      {formatDate(d.deadline, lang)}
                    </Badge>
                  </Group>
                ))}
              </Stack>
            )}
          </Section>
          <Section title={t('home.surveys')} actions={more('/portal/surveys', t('home.toSurveys'))}>
            {s.unansweredSurveys.length === 0 ? (
              <Text c="dimmed">{t('home.noSurveys')}</Text>
            ) : (
              <Stack gap="xs">
                {s.unansweredSurveys.map((v) => (
                  <Text key={v.id} size="sm">
                    {t('surveys.period', { period: v.period })}（
                    {t('home.surveyCloses', { date: formatDate(v.closesOn, lang) })}）
                  </Text>
                ))}
              </Stack>
            )}
          </Section>
          <Section title={t('home.notifications')} actions={more('/portal/notifications', t('home.toNotifications'))}>
            <Text>
              {s.unreadNotifications > 0 ? t('home.unread', { count: s.unreadNotifications }) : t('home.noUnread')}
            </Text>
          </Section>
        </SimpleGrid>
      )}
    </>
  );
}
