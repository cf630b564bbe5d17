import { createFileRoute } from '@tanstack/react-router';
import { CompanyPage } from '@/features/portal/pages/company-page';

export const Route = createFileRoute('/portal/company')({
  component: function CompanyPageRoute() {
    const { me } = Route.useRouteContext();
    return <CompanyPage me={me} />;
  },
});
