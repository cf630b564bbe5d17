import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { NewPasswordPage } from '@/features/auth/pages/new-password-page';

export const Route = createFileRoute('/accept-invitation')({
  validateSearch: z.object({ token: z.string().optional().catch(undefined) }),
  component: function AcceptInvitationRoute() {
    const { token } = Route.useSearch();
    return <NewPasswordPage purpose="invitation" token={token} />;
  },
});
