import '@/testing/relative-requests';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/auth/session';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import { OrganizationsPanel } from './organizations-panel';

async function openDialog() {
  renderWithProviders(<OrganizationsPanel organizations={[]} canEdit />);
  await userEvent.click(screen.getByRole('button', { name: '支援機関を追加' }));
  return screen.findByRole('dialog', { name: '支援機関を追加' });
}

describe('CreateOrganizationDialog', { timeout: 20_000 }, () => {
  beforeEach(() => setSession({ accessToken: 'token', expiresIn: 3600 }));

  it('asks for the name in the browser before calling the API', async () => {
    const called = vi.fn();
    server.use(http.post('/api/v1/organizations', () => called()));
    await openDialog();
    await userEvent.click(screen.getByRole('button', { name: '支援機関を追加する' }));
    const name = screen.getByRole('textbox', { name: /^名称/ });
    expect(name).toHaveAccessibleDescription('入力してください。');
    expect(name).toHaveFocus();
    expect(called).not.toHaveBeenCalled();
  });

  it("puts the API's error on the first contact (contacts[0]) beside the contact field", async () => {
    server.use(
      http.post('/api/v1/organizations', () =>
        HttpResponse.json(
          {
            status: 400,
            code: 'validation',
            detail: 'invalid',
            errors: [{ field: 'contacts[0].email', code: 'email', message: 'email must be an email' }],
          },
          { status: 400 },
        ),
      ),
    );
    await openDialog();
    await userEvent.type(screen.getByRole('textbox', { name: /^名称/ }), '県立産業技術センター');
    await userEvent.type(screen.getByRole('textbox', { name: /担当者名/ }), '田中');
    await userEvent.type(screen.getByRole('textbox', { name: /メールアドレス/ }), 'tanaka@example');
    await userEvent.click(screen.getByRole('button', { name: '支援機関を追加する' }));
    const email = screen.getByRole('textbox', { name: /メールアドレス/ });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('メールアドレスの形式で入力してください。');
    expect(email).toHaveFocus();
  });
});
