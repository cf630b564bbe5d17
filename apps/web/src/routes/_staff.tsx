import { Outlet, createFileRoute } from '@tanstack/react-router';
import { StaffShell } from '@/components/layout/staff-shell';
import { requireStaff } from '@/lib/auth/guards';

/** Every staff screen: a session with a staff role, inside the shell. */
export const Route = createFileRoute('/_staff')({
  beforeLoad: async ({ context, location }) => ({ me: await requireStaff(context.queryClient, location.href) }),
  component: function StaffLayout() {
    const { me } = Route.useRouteContext();
    return (
      <StaffShell me={me}>
        <Outlet />
      </StaffShell>
    );
  },
});
