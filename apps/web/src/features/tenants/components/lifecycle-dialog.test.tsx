import '@/testing/relative-requests';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSession } from '@/lib/auth/session';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import type { Tenant } from '../api/tenant-queries';
import { LifecycleDialog } from './lifecycle-dialog';

const TENANT = { id: '0b6c1b1e-2f7c-4d2e-9c1a-222222222222', name: '検証精機株式会社' } as Tenant;

describe('LifecycleDialog', { timeout: 20_000 }, () => {
  beforeEach(() => setSession({ accessToken: 'token', expiresIn: 3600 }));

  it('puts an error on the screening review (reviews[0] in the API) beside its field, in Japanese', async () => {
    server.use(
      http.post(`/api/v1/tenants/${TENANT.id}/transitions`, () =>
        HttpResponse.json(
          {
            status: 400,
            code: 'validation',
            detail: 'invalid',
            errors: [{ field: 'reviews[0].comment', code: 'required', message: 'comment is required' }],
          },
          { status: 400 },
        ),
      ),
    );
    renderWithProviders(<LifecycleDialog tenant={TENANT} to="approved" onClose={() => undefined} />);
    await userEvent.type(screen.getByRole('textbox', { name: /審査員/ }), '山田');
    await userEvent.click(screen.getByRole('button', { name: '入居を承認する' }));
    const comment = screen.getByRole('textbox', { name: /審査コメント/ });
    await waitFor(() => expect(comment).toHaveAttribute('aria-invalid', 'true'));
    expect(comment).toHaveAccessibleDescription('入力してください。');
    expect(comment).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
