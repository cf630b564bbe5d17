import { createFileRoute } from '@tanstack/react-router';
import { SubsidiesPage } from '@/features/subsidies/pages/subsidies-page';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/support/subsidies')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'support'),
  component: SubsidiesPage,
});
