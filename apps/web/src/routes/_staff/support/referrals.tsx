import { createFileRoute } from '@tanstack/react-router';
import { referralsSearchSchema } from '@/features/partners/api/partner-queries';
import { ReferralsPage } from '@/features/partners/pages/referrals-page';
import { meQuery } from '@/lib/auth/auth-api';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/support/referrals')({
  validateSearch: referralsSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'support'),
  loader: ({ context }) => context.queryClient.ensureQueryData(meQuery),
  component: function ReferralsRoute() {
    const roles = Route.useLoaderData()?.roles ?? [];
    const canEdit = roles.some((r) => r === 'facility_admin' || r === 'incubation_manager' || r === 'advisor');
    return <ReferralsPage search={Route.useSearch()} canEdit={canEdit} />;
  },
});
