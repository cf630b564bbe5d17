import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { portalKeys } from './portal-queries';

export type PortalEvent = components['schemas']['PortalEventDto'];
export type PortalRegistration = components['schemas']['PortalRegistrationDto'];

export const eventKeys = { all: [...portalKeys.all, 'events'] as const };

export const eventQueries = {
  upcoming: () => queryOptions({ queryKey: eventKeys.all, queryFn: () => unwrap(api.GET('/api/v1/portal/events')) }),
};

export function useRegisterForEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, attendeeName, email }: { eventId: string; attendeeName: string; email: string }) =>
      unwrap(
        api.POST('/api/v1/events/{id}/registrations', {
          params: { path: { id: eventId } },
          body: { attendeeName, email },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, registrationId }: { eventId: string; registrationId: string }) =>
      unwrap(
        api.POST('/api/v1/events/{id}/registrations/{registrationId}/cancel', {
          params: { path: { id: eventId, registrationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}
