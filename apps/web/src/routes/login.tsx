import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { LoginPage } from '@/features/auth/pages/login-page';
import { safeRedirect } from '@/lib/auth/guards';

const search = z.object({ redirect: z.string().optional().catch(undefined) });

export const Route = createFileRoute('/login')({
  validateSearch: search,
  component: function LoginRoute() {
    const { redirect } = Route.useSearch();
    return <LoginPage redirect={safeRedirect(redirect)} />;
  },
});
