import '@/testing/relative-requests';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/auth/session';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import { ProgramDialog } from './program-dialog';

/** Pastes into a field (typing into this long controlled form is slow on a busy machine), then leaves it. */
async function fill(name: RegExp, value: string) {
  await userEvent.click(screen.getByRole('textbox', { name }));
  await userEvent.paste(value);
  await userEvent.tab();
}

describe('ProgramDialog', { timeout: 60_000 }, () => {
  beforeEach(() => setSession({ accessToken: 'token', expiresIn: 3600 }));

  it('marks the missing fields, the round ones too, and says so above the buttons', async () => {
    const called = vi.fn();
    server.use(http.post('/api/v1/subsidy-programs', () => called()));
    renderWithProviders(<ProgramDialog onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: '登録する' }));
    expect(screen.getByRole('alert')).toHaveTextContent('入力内容を確認してください。');
    expect(screen.getByRole('textbox', { name: /^制度名/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^回の名称/ })).toHaveAccessibleDescription('入力してください。');
    expect(called).not.toHaveBeenCalled();
  });

  it("puts the API's error on a round (rounds[0].closesOn) beside that round's field", async () => {
    server.use(
      http.post('/api/v1/subsidy-programs', () =>
        HttpResponse.json(
          {
            status: 400,
            code: 'validation',
            detail: 'invalid',
            errors: [{ field: 'rounds[0].closesOn', code: 'date', message: 'closesOn must be a date' }],
          },
          { status: 400 },
        ),
      ),
    );
    renderWithProviders(<ProgramDialog onClose={() => undefined} />);
    await fill(/^制度名/, 'ものづくり補助金');
    await fill(/^実施機関/, '中小企業庁');
    await fill(/^補助上限額/, '10000000');
    await fill(/^回の名称/, '第18回');
    await fill(/^公募開始日/, '2027/04/01');
    await fill(/^申請締切日/, '2027/06/30');
    await userEvent.click(screen.getByRole('button', { name: '登録する' }));
    const closes = screen.getByRole('textbox', { name: /^申請締切日/ });
    await waitFor(() => expect(closes).toHaveAttribute('aria-invalid', 'true'));
    expect(closes).toHaveAccessibleDescription('実在する日付を入力してください。');
    expect(closes).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
