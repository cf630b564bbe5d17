import { createFileRoute } from '@tanstack/react-router';
import { dashboardQuery } from '@/features/dashboard/api/dashboard-query';
import { DashboardPage } from '@/features/dashboard/pages/dashboard-page';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'home'),
  loader: ({ context }) => context.queryClient.ensureQueryData(dashboardQuery),
  component: DashboardPage,
});
