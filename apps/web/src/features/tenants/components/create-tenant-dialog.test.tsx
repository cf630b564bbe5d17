import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import { CreateTenantDialog } from './create-tenant-dialog';

const notKatakana = {
  type: 'urn:tamago:problem:validation',
  title: 'Bad Request',
  status: 400,
  code: 'validation',
  detail: 'Invalid input',
  errors: [{ field: 'nameKana', code: 'notKatakana', message: 'nameKana must be katakana' }],
};

async function submit(name: string, kana: string) {
  const user = userEvent.setup();
  renderWithProviders(<CreateTenantDialog opened onClose={() => undefined} onCreated={() => undefined} />);
  await user.type(await screen.findByLabelText(/企業名|Company name/), name);
  await user.type(screen.getByLabelText(/フリガナ|Kana/), kana);
  await user.click(screen.getByRole('button', { name: /登録する|Register/ }));
}

describe('CreateTenantDialog', () => {
  afterEach(async () => {
    await i18n.changeLanguage('ja');
  });

  it('puts a field error from its code beside the field, in Japanese', async () => {
    let language: string | null = null;
    server.use(
      http.post('*/api/v1/tenants', ({ request }) => {
        language = request.headers.get('accept-language');
        return HttpResponse.json(notKatakana, { status: 400 });
      }),
    );
    await submit('タマゴ商事', 'tamago');
    const kana = screen.getByLabelText(/フリガナ/);
    await waitFor(() => expect(kana).toHaveAttribute('aria-invalid', 'true'));
    expect(kana).toHaveAccessibleDescription('カタカナで入力してください（例：タマゴショウジ）。');
    expect(language).toBe('ja');
  });

  it('says the same in English after switching the language', async () => {
    await i18n.changeLanguage('en');
    server.use(http.post('*/api/v1/tenants', () => HttpResponse.json(notKatakana, { status: 400 })));
    await submit('Tamago', 'tamago');
    const kana = screen.getByLabelText(/Kana/);
    await waitFor(() => expect(kana).toHaveAccessibleDescription('Enter it in katakana (e.g. タマゴショウジ).'));
  });

  it('shows a business-rule failure above the button, not beside a field', async () => {
    server.use(
      http.post('*/api/v1/tenants', () =>
        HttpResponse.json(
          { status: 409, code: 'conflict', detail: 'x', title: 'Conflict', type: 'urn:tamago:problem:conflict' },
          { status: 409 },
        ),
      ),
    );
    await submit('タマゴ商事', 'タマゴショウジ');
    expect(await screen.findByRole('alert')).toHaveTextContent('ほかのデータと重なっているため保存できません。');
  });

  it('checks required fields in the browser before calling the API', async () => {
    const called = vi.fn();
    server.use(http.post('*/api/v1/tenants', () => called()));
    const user = userEvent.setup();
    renderWithProviders(<CreateTenantDialog opened onClose={() => undefined} onCreated={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: '登録する' }));
    expect(screen.getByLabelText(/企業名/)).toHaveAccessibleDescription('入力してください。');
    expect(called).not.toHaveBeenCalled();
  });
});
