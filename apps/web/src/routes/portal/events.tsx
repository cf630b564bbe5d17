import { createFileRoute } from '@tanstack/react-router';
import { EventsPage } from '@/features/portal/pages/events-page';

export const Route = createFileRoute('/portal/events')({
  component: function EventsPageRoute() {
    const { me } = Route.useRouteContext();
    return <EventsPage me={me} />;
  },
});
