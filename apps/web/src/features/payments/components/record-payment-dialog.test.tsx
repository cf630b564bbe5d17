import '@/testing/relative-requests';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSession } from '@/lib/auth/session';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import { RecordPaymentDialog } from './record-payment-dialog';

const TENANT = { id: '0b6c1b1e-2f7c-4d2e-9c1a-111111111111', name: '検証精機株式会社', nameKana: 'ケンショウセイキ' };
let received: { body: unknown; key: string | null }[] = [];

async function fillAndSubmit() {
  renderWithProviders(<RecordPaymentDialog onClose={() => undefined} />);
  await userEvent.click(screen.getByRole('combobox', { name: '入居企業' }));
  await userEvent.click(await screen.findByRole('option', { name: TENANT.name, hidden: true }));
  await userEvent.type(screen.getByRole('textbox', { name: '金額' }), '110000');
  // 入金日 is a Mantine date field (2027年4月30日 in Japanese): typed and confirmed on leaving it.
  await userEvent.type(screen.getByRole('textbox', { name: /入金日/ }), '2027/04/30');
  await userEvent.tab();
  await userEvent.click(screen.getByRole('button', { name: '入金を記録する' }));
}

describe('RecordPaymentDialog', { timeout: 20_000 }, () => {
  beforeEach(() => {
    received = [];
    setSession({ accessToken: 'token', expiresIn: 3600 });
    server.use(http.get('/api/v1/tenants', () => HttpResponse.json({ items: [TENANT], total: 1 })));
  });

  it('puts the API field error beside the amount field and focuses it', async () => {
    server.use(
      http.post('/api/v1/payments', async ({ request }) => {
        received.push({ body: await request.json(), key: request.headers.get('idempotency-key') });
        return HttpResponse.json(
          {
            status: 400,
            code: 'validation',
            detail: 'invalid',
            errors: [{ field: 'amount', code: 'validation', message: '金額は1億円以下で入力してください。' }],
          },
          { status: 400 },
        );
      }),
    );
    await fillAndSubmit();
    const amount = screen.getByRole('textbox', { name: '金額' });
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    expect(amount).toHaveAccessibleDescription('金額は1億円以下で入力してください。');
    expect(amount).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(received[0].body).toEqual({
      tenantId: TENANT.id,
      amount: 110000,
      paidOn: '2027-04-30',
      method: 'bank_transfer',
    });
    expect(received[0].key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows a business-rule failure as an alert above the submit button, in Japanese from its code', async () => {
    server.use(
      http.post('/api/v1/payments', () =>
        HttpResponse.json({ status: 409, code: 'conflict', detail: 'Conflict', errors: [] }, { status: 409 }),
      ),
    );
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('ほかのデータと重なっているため保存できません。');
  });

  it('checks required fields in the browser before calling the API', async () => {
    renderWithProviders(<RecordPaymentDialog onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: '入金を記録する' }));
    expect(await screen.findAllByText('入力してください。')).not.toHaveLength(0);
    expect(received).toHaveLength(0);
  });
});
