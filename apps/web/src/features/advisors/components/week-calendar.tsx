import { Paper, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { Advisor, Session } from '../api/advisor-queries';
import { hhmm, tokyoParts, toMinutes, weekDays, type Weekday } from '../api/week';

const FIRST_HOUR = 8;
const LAST_HOUR = 20;
const HOUR_PX = 44;
const STATUS_COLORS = { booked: 'blue', completed: 'teal', cancelled: 'gray', no_show: 'red' } as const;

interface WeekCalendarProps {
  advisor: Advisor;
  monday: string;
  sessions: Session[];
}

/** One advisor's week, Monday to Sunday, 8:00–20:00 in Tokyo: open hours shaded, sessions placed by time. */
export function WeekCalendar({ advisor, monday, sessions }: WeekCalendarProps) {
  const { t, i18n } = useTranslation('advisors');
  const lang = toLanguage(i18n.language);
  const tenantName = useTenantNames();
  const days = weekDays(monday);
  const top = (minutes: number) => ((minutes - FIRST_HOUR * 60) / 60) * HOUR_PX;
  const height = (LAST_HOUR - FIRST_HOUR) * HOUR_PX;
  const weekly = advisor.availability?.weekly ?? [];
  return (
    <Paper withBorder radius="md" p="xs" style={{ overflowX: 'auto' }}>
      <div
        role="table"
        aria-label={t('calendar.caption', { name: advisor.name, date: formatDate(monday, lang) })}
        style={{ display: 'grid', gridTemplateColumns: '48px repeat(7, minmax(110px, 1fr))', minWidth: 820 }}
      >
        <div role="row" style={{ display: 'contents' }}>
          <div role="columnheader" aria-label={t('calendar.time')} />
          {days.map((d, i) => (
            <div role="columnheader" key={d} style={{ textAlign: 'center', padding: 4 }}>
              <Text size="sm" fw={600}>
                {t(`weekday.${(i + 1) as Weekday}`)} {formatDate(d, lang).replace(/^\d+年/, '')}
              </Text>
            </div>
          ))}
        </div>
        <div role="row" style={{ display: 'contents' }}>
          <div role="rowheader" style={{ position: 'relative', height }}>
            {Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, h) => (
              <Text key={h} size="xs" c="dimmed" style={{ position: 'absolute', top: h * HOUR_PX - 2, right: 6 }}>
                {FIRST_HOUR + h}:00
              </Text>
            ))}
          </div>
          {days.map((d, i) => {
            const open = weekly.filter((w) => w.weekday === i + 1);
            const mine = sessions.filter((s) => tokyoParts(s.startsAt).date === d);
            return (
              <div
                role="cell"
                key={d}
                style={{
                  position: 'relative',
                  height,
                  borderLeft: '1px solid var(--mantine-color-gray-3)',
                  backgroundImage: `repeating-linear-gradient(to bottom, var(--mantine-color-gray-2) 0 1px, transparent 1px ${HOUR_PX}px)`,
                }}
              >
                {open.map((w) => (
                  <div
                    key={`${w.start}-${w.end}`}
                    aria-hidden
                    style={{
                      position: 'absolute',
                      left: 0,
                      right: 0,
                      top: top(toMinutes(w.start)),
                      height: top(toMinutes(w.end)) - top(toMinutes(w.start)),
                      background: 'var(--mantine-color-teal-0)',
                    }}
                  />
                ))}
                {mine.map((s) => {
                  const start = tokyoParts(s.startsAt).minutes;
                  const end = tokyoParts(s.endsAt).minutes;
                  const label = `${hhmm(start)}–${hhmm(end)} ${tenantName(s.tenantId)}`;
                  return (
                    <Tooltip key={s.id} label={`${label}・${t(`topic.${s.topic}`)}`} withinPortal>
                      <div
                        data-session-id={s.id}
                        style={{
                          position: 'absolute',
                          left: 3,
                          right: 3,
                          top: Math.max(0, top(start)),
                          minHeight: Math.max(22, top(end) - top(start) - 2),
                          padding: '2px 4px',
                          borderRadius: 4,
                          overflow: 'hidden',
                          background: `var(--mantine-color-${STATUS_COLORS[s.status]}-1)`,
                          borderLeft: `3px solid var(--mantine-color-${STATUS_COLORS[s.status]}-7)`,
                          textDecoration: s.status === 'cancelled' ? 'line-through' : undefined,
                        }}
                      >
                        <Text size="xs" fw={600} lh={1.2}>
                          {hhmm(start)}–{hhmm(end)}
                        </Text>
                        <Text size="xs" lh={1.2} lineClamp={2}>
                          {tenantName(s.tenantId) || t('calendar.noTenant')}
                        </Text>
                        <Text size="xs" lh={1.2} c="dark.6">
                          {t(`topic.${s.topic}`)}
                          {s.bookedBy === 'tenant' ? `・${t('calendar.bookedByTenant')}` : ''}
                        </Text>
                      </div>
                    </Tooltip>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
