import { createFileRoute } from '@tanstack/react-router';
import { ReportsPage } from '@/features/reports/pages/reports-page';
import { requireArea } from '@/lib/auth/guards';
import { meQuery } from '@/lib/auth/auth-api';

export const Route = createFileRoute('/_staff/reports/')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'reports'),
  loader: ({ context }) => context.queryClient.ensureQueryData(meQuery),
  component: function ReportsRoute() {
    const me = Route.useLoaderData();
    return <ReportsPage canEditSettings={!!me?.roles.includes('facility_admin')} />;
  },
});
