import { createFileRoute } from '@tanstack/react-router';
import { plansSearchSchema } from '@/features/partners/api/partner-queries';
import { PlansPage } from '@/features/partners/pages/plans-page';
import { meQuery } from '@/lib/auth/auth-api';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/support/plans')({
  validateSearch: plansSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'support'),
  loader: ({ context }) => context.queryClient.ensureQueryData(meQuery),
  component: function PlansRoute() {
    const roles = Route.useLoaderData()?.roles ?? [];
    const canEdit = roles.some((r) => r === 'facility_admin' || r === 'incubation_manager' || r === 'advisor');
    return <PlansPage search={Route.useSearch()} canEdit={canEdit} />;
  },
});
