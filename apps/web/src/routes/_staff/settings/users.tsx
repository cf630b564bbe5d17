import { createFileRoute } from '@tanstack/react-router';
import { usersQueries } from '@/features/settings/api/user-queries';
import { UsersPage } from '@/features/settings/pages/users-page';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/settings/users')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'users'),
  loader: ({ context }) => context.queryClient.ensureQueryData(usersQueries.list()),
  component: UsersPage,
});
