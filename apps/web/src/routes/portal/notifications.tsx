import { createFileRoute } from '@tanstack/react-router';
import { NotificationsPage } from '@/features/portal/pages/notifications-page';

export const Route = createFileRoute('/portal/notifications')({
  component: function NotificationsPageRoute() {
    const { me } = Route.useRouteContext();
    return <NotificationsPage me={me} />;
  },
});
