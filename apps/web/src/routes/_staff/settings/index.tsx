import { createFileRoute } from '@tanstack/react-router';
import { facilityQueries } from '@/features/settings/api/facility-settings';
import { SettingsPage } from '@/features/settings/pages/settings-page';
import { requireArea } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';

export const Route = createFileRoute('/_staff/settings/')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'settings'),
  loader: ({ context }) => context.queryClient.ensureQueryData(facilityQueries.own()),
  component: function SettingsRoute() {
    const { me } = Route.useRouteContext();
    return (
      <SettingsPage
        canWrite={can(me, 'settings')}
        canManageUsers={can(me, 'users')}
        canEditRoomTypes={can(me, 'users')}
      />
    );
  },
});
