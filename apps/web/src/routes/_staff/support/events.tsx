import { createFileRoute } from '@tanstack/react-router';
import { eventsSearchSchema } from '@/features/events/api/event-queries';
import { EventsPage } from '@/features/events/pages/events-page';
import { meQuery } from '@/lib/auth/auth-api';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/support/events')({
  validateSearch: eventsSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'support'),
  loader: ({ context }) => context.queryClient.ensureQueryData(meQuery),
  component: function EventsRoute() {
    const roles = Route.useLoaderData()?.roles ?? [];
    const canEdit = roles.some((r) => r === 'facility_admin' || r === 'incubation_manager');
    return <EventsPage search={Route.useSearch()} canEdit={canEdit} />;
  },
});
