import { Outlet, createFileRoute } from '@tanstack/react-router';
import { notificationQueries } from '@/features/portal/api/notification-queries';
import { PortalShell } from '@/features/portal/components/portal-shell';
import { requireTenantUser } from '@/lib/auth/portal-guard';

/** Every portal screen: a tenant user's session, inside the portal's own shell. */
export const Route = createFileRoute('/portal')({
  beforeLoad: async ({ context, location }) => ({ me: await requireTenantUser(context.queryClient, location.href) }),
  // The menu's unread count, asked for while the shell's code loads (not awaited), once on entering; the
  // query module is imported statically so that no chunk has to arrive first.
  loader: ({ context, cause }) => {
    if (cause !== 'enter') return;
    void context.queryClient.prefetchQuery(notificationQueries.unread());
  },
  component: function PortalLayout() {
    const { me } = Route.useRouteContext();
    return (
      <PortalShell me={me}>
        <Outlet />
      </PortalShell>
    );
  },
});
