import { createFileRoute } from '@tanstack/react-router';
import { AccountPage } from '@/features/portal/pages/account-page';

export const Route = createFileRoute('/portal/account')({
  component: function AccountPageRoute() {
    const { me } = Route.useRouteContext();
    return <AccountPage me={me} />;
  },
});
