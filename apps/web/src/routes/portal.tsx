import { createFileRoute, redirect } from '@tanstack/react-router';
import { PortalPage } from '@/features/auth/pages/portal-page';
import { meQuery } from '@/lib/auth/auth-api';

export const Route = createFileRoute('/portal')({
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: PortalPage,
});
