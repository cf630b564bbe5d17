import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { RoomsPage } from '@/features/leasing/pages/rooms-page';
import { requireArea } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';

const search = z.object({
  asOf: z.iso.date().optional().catch(undefined),
  status: z.enum(['vacant', 'occupied']).optional().catch(undefined),
  tab: z.enum(['rooms', 'types']).optional().catch(undefined),
});

export const Route = createFileRoute('/_staff/rooms/')({
  validateSearch: search,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'rooms'),
  component: function RoomsRoute() {
    const { me } = Route.useRouteContext();
    return <RoomsPage search={Route.useSearch()} canLease={can(me, 'leasesWrite')} />;
  },
});
