import { createFileRoute } from '@tanstack/react-router';
import { InvoicesPage } from '@/features/portal/pages/invoices-page';

export const Route = createFileRoute('/portal/invoices')({
  component: function InvoicesPageRoute() {
    const { me } = Route.useRouteContext();
    return <InvoicesPage me={me} />;
  },
});
