import { createFileRoute } from '@tanstack/react-router';
import { NotAvailablePage } from '@/features/portal/pages/not-available-page';

export const Route = createFileRoute('/portal/not-available')({
  component: function NotAvailablePageRoute() {
    const { me } = Route.useRouteContext();
    return <NotAvailablePage me={me} />;
  },
});
