import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { portalKeys } from './portal-queries';

export type Notification = components['schemas']['NotificationDto'];

export const notificationKeys = {
  all: [...portalKeys.all, 'notifications'] as const,
  inbox: (unread: boolean) => [...notificationKeys.all, 'inbox', unread] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
};

export const notificationQueries = {
  inbox: (unread: boolean) =>
    queryOptions({
      queryKey: notificationKeys.inbox(unread),
      queryFn: () =>
        unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 100, ...(unread ? { unread } : {}) } } })),
    }),
  /** The menu's badge: polled gently so a new notice shows without a reload. */
  unread: () =>
    queryOptions({
      queryKey: notificationKeys.unread(),
      queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
      refetchInterval: 120_000,
    }),
  preferences: () =>
    queryOptions({
      queryKey: notificationKeys.preferences(),
      queryFn: () => unwrap(api.GET('/api/v1/notifications/preferences')),
    }),
};

function useInvalidateInbox() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    void queryClient.invalidateQueries({ queryKey: portalKeys.summary() });
  };
}

export function useMarkRead() {
  const invalidate = useInvalidateInbox();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useMarkAllRead() {
  const invalidate = useInvalidateInbox();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: invalidate,
  });
}

export function useSetPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, email }: { kind: string; email: boolean }) =>
      unwrap(api.PUT('/api/v1/notifications/preferences/{kind}', { params: { path: { kind } }, body: { email } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences() }),
  });
}
