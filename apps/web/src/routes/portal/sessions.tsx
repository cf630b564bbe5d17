import { createFileRoute } from '@tanstack/react-router';
import { SessionsPage } from '@/features/portal/pages/sessions-page';

export const Route = createFileRoute('/portal/sessions')({
  component: function SessionsPageRoute() {
    const { me } = Route.useRouteContext();
    return <SessionsPage me={me} />;
  },
});
