import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type ReminderSetting = components['schemas']['ReminderSettingDto'];
export type MailSuppression = components['schemas']['MailSuppressionDto'];

export const reminderKeys = {
  settings: ['reminder-settings'] as const,
  suppressions: ['mail-suppressions'] as const,
};

export const reminderQueries = {
  settings: () =>
    queryOptions({
      queryKey: reminderKeys.settings,
      queryFn: () => unwrap(api.GET('/api/v1/reminder-settings')),
    }),
  suppressions: () =>
    queryOptions({
      queryKey: reminderKeys.suppressions,
      queryFn: () => unwrap(api.GET('/api/v1/mail-suppressions')),
    }),
};

export function useSaveReminder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, enabled, leadDays }: Pick<ReminderSetting, 'kind' | 'enabled' | 'leadDays'>) =>
      unwrap(api.PUT('/api/v1/reminder-settings/{kind}', { params: { path: { kind } }, body: { enabled, leadDays } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: reminderKeys.settings }),
  });
}

/** Lets mail go to an address again (after the tenant fixed their mailbox). */
export function useClearSuppression() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/mail-suppressions/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: reminderKeys.suppressions }),
  });
}

/** "90, 30" → [90, 30]; null when any part is not a whole number of days from 0 to 365. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text
    .split(/[,、\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}
