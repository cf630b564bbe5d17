import { createFileRoute } from '@tanstack/react-router';
import { SubsidiesPage } from '@/features/portal/pages/subsidies-page';

export const Route = createFileRoute('/portal/subsidies')({
  component: function SubsidiesPageRoute() {
    const { me } = Route.useRouteContext();
    return <SubsidiesPage me={me} />;
  },
});
