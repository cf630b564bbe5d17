import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { NewPasswordPage } from '@/features/auth/pages/new-password-page';

export const Route = createFileRoute('/reset-password')({
  validateSearch: z.object({ token: z.string().optional().catch(undefined) }),
  component: function ResetPasswordRoute() {
    const { token } = Route.useSearch();
    return <NewPasswordPage purpose="reset" token={token} />;
  },
});
