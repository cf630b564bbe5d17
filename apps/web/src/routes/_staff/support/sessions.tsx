import { createFileRoute } from '@tanstack/react-router';
import { sessionsSearchSchema } from '@/features/sessions/api/session-queries';
import { SessionsPage } from '@/features/sessions/pages/sessions-page';
import { meQuery } from '@/lib/auth/auth-api';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/support/sessions')({
  validateSearch: sessionsSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'support'),
  loader: ({ context }) => context.queryClient.ensureQueryData(meQuery),
  component: function SessionsRoute() {
    const roles = Route.useLoaderData()?.roles ?? [];
    const canEdit = roles.some((r) => r === 'facility_admin' || r === 'incubation_manager' || r === 'advisor');
    return <SessionsPage search={Route.useSearch()} canEdit={canEdit} />;
  },
});
