import { createFileRoute } from '@tanstack/react-router';
import { advisorsSearchSchema } from '@/features/advisors/api/advisor-queries';
import { AdvisorsPage } from '@/features/advisors/pages/advisors-page';
import { meQuery } from '@/lib/auth/auth-api';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/support/advisors')({
  validateSearch: advisorsSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'support'),
  loader: ({ context }) => context.queryClient.ensureQueryData(meQuery),
  component: function AdvisorsRoute() {
    const me = Route.useLoaderData();
    const canEdit = !!me?.roles.some((r) => r === 'facility_admin' || r === 'incubation_manager');
    return <AdvisorsPage search={Route.useSearch()} canEdit={canEdit} />;
  },
});
