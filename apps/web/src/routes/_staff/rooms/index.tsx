import { createFileRoute } from '@tanstack/react-router';
import { RoomsPage } from '@/features/leasing/pages/rooms-page';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/rooms/')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'rooms'),
  component: RoomsPage,
});
