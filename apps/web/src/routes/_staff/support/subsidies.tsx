import { createFileRoute } from '@tanstack/react-router';
import { SubsidiesPage } from '@/features/subsidies/pages/subsidies-page';
import { meQuery } from '@/lib/auth/auth-api';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/support/subsidies')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'support'),
  loader: ({ context }) => context.queryClient.ensureQueryData(meQuery),
  component: function SubsidiesRoute() {
    const me = Route.useLoaderData();
    const has = (...roles: string[]) => !!me?.roles.some((r) => roles.includes(r));
    return (
      <SubsidiesPage
        canManagePrograms={has('facility_admin', 'incubation_manager')}
        canOpenCases={has('facility_admin', 'incubation_manager', 'advisor')}
      />
    );
  },
});
