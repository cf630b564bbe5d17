import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';
import { saveBlob } from '@/lib/download/save-blob';

export type SupportEvent = components['schemas']['EventDto'];
export type EventKind = SupportEvent['kind'];
export type Registration = components['schemas']['RegistrationDto'];
export type CreateEvent = components['schemas']['CreateEventDto'];
export type Register = components['schemas']['RegisterDto'];

export const EVENT_KINDS: readonly EventKind[] = [
  'forum',
  'exchange_meeting',
  'seminar',
  'exhibition',
  'study_group',
  'other',
];

/** The open event and the door check-in mode live in the URL (the tablet at the door keeps its page). */
export const eventsSearchSchema = z.object({
  event: z.string().uuid().optional().catch(undefined),
  checkin: z.boolean().optional().catch(undefined),
});
export type EventsSearch = z.infer<typeof eventsSearchSchema>;

export const eventKeys = {
  all: ['events'] as const,
  list: () => [...eventKeys.all, 'list'] as const,
  registrations: (id: string) => [...eventKeys.all, 'registrations', id] as const,
  organizations: () => ['organizations', 'names'] as const,
};

export const eventQueries = {
  list: () =>
    queryOptions({
      queryKey: eventKeys.list(),
      queryFn: () => unwrap(api.GET('/api/v1/events', { params: { query: { limit: 100 } } })),
    }),
  registrations: (id: string) =>
    queryOptions({
      queryKey: eventKeys.registrations(id),
      queryFn: () =>
        unwrap(api.GET('/api/v1/events/{id}/registrations', { params: { path: { id }, query: { limit: 200 } } })),
    }),
  organizations: () =>
    queryOptions({
      queryKey: eventKeys.organizations(),
      queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { limit: 200 } } })),
      staleTime: 60_000,
    }),
};

export function useCreateEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEvent) => unwrap(api.POST('/api/v1/events', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: eventKeys.list() }),
  });
}

export function useRegister(eventId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Register) =>
      unwrap(api.POST('/api/v1/events/{id}/registrations', { params: { path: { id: eventId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: eventKeys.registrations(eventId) }),
  });
}

/** Cancels a registration; the first on the waitlist moves up (the server decides). */
export function useCancelRegistration(eventId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) =>
      unwrap(
        api.POST('/api/v1/events/{id}/registrations/{registrationId}/cancel', {
          params: { path: { id: eventId, registrationId } },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: eventKeys.registrations(eventId) }),
  });
}

export function useCheckIn(eventId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) =>
      unwrap(
        api.POST('/api/v1/events/{id}/registrations/{registrationId}/check-in', {
          params: { path: { id: eventId, registrationId } },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: eventKeys.registrations(eventId) }),
  });
}

/** The attendee list as CSV (UTF-8 with BOM, so Excel opens the Japanese names correctly). */
export async function downloadAttendees(event: SupportEvent): Promise<void> {
  const blob = await unwrap<Blob>(
    api.GET('/api/v1/events/{id}/attendees.csv', { params: { path: { id: event.id } }, parseAs: 'blob' }),
  );
  saveBlob(blob, `attendees-${event.startsAt.slice(0, 10)}.csv`);
}

/** "2027-02-10" + "13:30" in Tokyo → an ISO instant with the offset. */
export function tokyoInstant(date: string, time: string): string {
  return `${date}T${time}:00+09:00`;
}
