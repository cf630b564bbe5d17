import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { notify } from '@/lib/notify';
import { useCancelRegistration, type Registration } from '../api/event-queries';

const STATUS_COLORS = { confirmed: 'teal', waitlisted: 'orange', cancelled: 'gray' } as const;

/** Registrations in the order they came: confirmed, then the waitlist with each one's position. */
export function RegistrationsTable({
  eventId,
  items,
  canEdit,
}: {
  eventId: string;
  items: Registration[];
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation('events');
  const lang = toLanguage(i18n.language);
  const tenantName = useTenantNames();
  const cancel = useCancelRegistration(eventId);
  const waitlist = items.filter((r) => r.status === 'waitlisted').map((r) => r.id);
  return (
    <SimpleTable
      caption={t('registrations.caption')}
      rows={items}
      rowKey={(r) => r.id}
      empty={t('registrations.empty')}
      columns={[
        { header: t('registrations.name'), cell: (r) => r.attendeeName },
        {
          header: t('registrations.company'),
          cell: (r) => r.companyName || tenantName(r.tenantId) || t('registrations.guest'),
        },
        { header: t('registrations.email'), cell: (r) => r.email },
        {
          header: t('registrations.status'),
          cell: (r) => (
            <Badge color={STATUS_COLORS[r.status]} variant="light" c="dark.8">
              {r.status === 'waitlisted'
                ? t('registrations.waitlistPosition', { position: waitlist.indexOf(r.id) + 1 })
                : t(`registrations.statusValue.${r.status}`)}
            </Badge>
          ),
        },
        {
          header: t('registrations.checkedIn'),
          cell: (r) => (r.checkedInAt ? formatDateTime(r.checkedInAt, lang) : '—'),
        },
        {
          header: t('registrations.action'),
          cell: (r) =>
            canEdit && r.status !== 'cancelled' && !r.checkedInAt ? (
              <Button
                size="xs"
                variant="default"
                onClick={() => cancel.mutate(r.id, { onSuccess: () => notify('teal', t('registrations.cancelled')) })}
                aria-label={t('registrations.cancelOf', { name: r.attendeeName })}
              >
                {t('registrations.cancel')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
