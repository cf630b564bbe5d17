import '@/testing/relative-requests';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/auth/session';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import type { User } from '../api/user-mutations';
import { EditUserDialog } from './edit-user-dialog';

const USER = {
  id: '0b6c1b1e-2f7c-4d2e-9c1a-333333333333',
  name: '経理 花子',
  email: 'hanako@example.test',
  roles: ['accountant'],
  status: 'active',
} as User;

describe('EditUserDialog', { timeout: 20_000 }, () => {
  beforeEach(() => setSession({ accessToken: 'token', expiresIn: 3600 }));

  it('says beside the roles that one is needed, without calling the API', async () => {
    const called = vi.fn();
    server.use(http.patch(`/api/v1/users/${USER.id}`, () => called()));
    renderWithProviders(<EditUserDialog user={USER} onClose={() => undefined} />);
    const roles = screen.getByRole('combobox', { name: /^権限/ });
    await userEvent.click(roles);
    await userEvent.keyboard('{Backspace}');
    await userEvent.click(screen.getByRole('button', { name: '権限を保存する' }));
    expect(await screen.findByText('入力してください。')).toBeInTheDocument();
    expect(called).not.toHaveBeenCalled();
  });

  it('shows a failed deactivation in the dialog’s alert', async () => {
    server.use(
      http.post(`/api/v1/users/${USER.id}/deactivate`, () =>
        HttpResponse.json(
          { status: 403, code: 'forbidden', detail: 'x', title: 'Forbidden', type: 'urn:tamago:problem:forbidden' },
          { status: 403 },
        ),
      ),
    );
    renderWithProviders(<EditUserDialog user={USER} onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: '無効にする' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('この操作を行う権限がありません。');
  });
});
