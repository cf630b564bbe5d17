import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { LeasesPage } from '@/features/leasing/pages/leases-page';
import { requireArea } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';

export const Route = createFileRoute('/_staff/rooms/leases')({
  validateSearch: z.object({ view: z.enum(['active', 'ending', 'tenure']).optional().catch(undefined) }),
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'rooms'),
  component: function LeasesRoute() {
    const { me } = Route.useRouteContext();
    const { view } = Route.useSearch();
    return <LeasesPage view={view ?? 'active'} canWrite={can(me, 'leasesWrite')} />;
  },
});
