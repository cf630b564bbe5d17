import { createFileRoute } from '@tanstack/react-router';
import { RemindersPage } from '@/features/reminders/pages/reminders-page';
import { meQuery } from '@/lib/auth/auth-api';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/support/reminders')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'support'),
  loader: ({ context }) => context.queryClient.ensureQueryData(meQuery),
  component: function RemindersRoute() {
    const roles = Route.useLoaderData()?.roles ?? [];
    const canSee = roles.some((r) => r === 'facility_admin' || r === 'incubation_manager' || r === 'accountant');
    return <RemindersPage isAdmin={roles.includes('facility_admin')} canSeeSuppressions={canSee} />;
  },
});
