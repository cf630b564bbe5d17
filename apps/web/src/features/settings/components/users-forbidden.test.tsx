import { QueryClient } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RouteError } from '@/components/states/route-error';
import { ErrorState } from '@/components/states/error-state';
import { ApiError } from '@/lib/api/api-error';
import { meKeys } from '@/lib/auth/auth-api';
import { ForbiddenError, requireArea } from '@/lib/auth/guards';
import { renderWithProviders } from '@/testing/render';

const accountant = { id: 'u1', name: '経理 花子', email: 'keiri@example.jp', roles: ['accountant'] };

describe('the users screen for an accountant', () => {
  it('is refused by the route guard, which renders the 403 state', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(meKeys.all, accountant as never);
    const refused = await requireArea(queryClient, 'users').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    renderWithProviders(<RouteError error={refused as Error} reset={() => undefined} info={undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('権限がありません');
    expect(screen.getByRole('alert')).toHaveTextContent('この画面を表示する権限がありません。');
  });

  it('renders the same 403 state when the API refuses the call', () => {
    renderWithProviders(
      <ErrorState error={new ApiError(403, { status: 403, code: 'forbidden', detail: 'Forbidden' })} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('この画面を表示する権限がありません。');
  });

  it('lets a facility admin through', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(meKeys.all, { ...accountant, roles: ['facility_admin'] } as never);
    await expect(requireArea(queryClient, 'users')).resolves.toBeUndefined();
  });
});
