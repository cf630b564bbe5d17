import '@/testing/relative-requests';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSession } from '@/lib/auth/session';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import { renderInRouter } from '@/testing/render-in-router';
import type { BillingRun } from '../api/billing-run-queries';
import { BillingRunPanel } from './billing-run-panel';

const run = (patch: Partial<BillingRun>): BillingRun => ({
  id: '7d0f6a36-4c1e-4c55-9a43-5d2f3f1b0a01',
  period: '2027-04',
  supplementary: false,
  status: 'previewed',
  progress: 100,
  invoiceCount: 5,
  issuedCount: 0,
  subtotal: 500_000,
  tax: 50_000,
  total: 550_000,
  differences: [],
  error: null,
  warnings: [],
  issueDate: null,
  createdAt: '2027-03-25T01:00:00.000Z',
  ...patch,
});

describe('BillingRunPanel', () => {
  beforeEach(() => setSession({ accessToken: 'token', expiresIn: 3600 }));

  it('shows the job progress from the API and follows it until the run is issued', async () => {
    const answers = [
      run({ status: 'issuing', progress: 40, issuedCount: 2 }),
      run({ status: 'issued', progress: 100, issuedCount: 5 }),
    ];
    let calls = 0;
    server.use(
      http.get('/api/v1/billing-runs', () => HttpResponse.json({ items: [answers[Math.min(calls++, 1)]], total: 1 })),
    );
    renderWithProviders(<BillingRunPanel period="2027-04" canWrite onPeriodChange={() => undefined} />);
    const bar = await screen.findByRole('progressbar', { name: '請求書を発行しています（2 / 5件）' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('¥550,000')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('発行済み')).toBeInTheDocument(), { timeout: 4000 });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('lists the issuing guard warnings and keeps the issue button away while settings are missing', async () => {
    server.use(
      http.get('/api/v1/billing-runs', () =>
        HttpResponse.json({
          items: [run({ warnings: [{ field: 'registrationNumber', message: 'missing' }] })],
          total: 1,
        }),
      ),
    );
    renderInRouter(<BillingRunPanel period="2027-04" canWrite onPeriodChange={() => undefined} />);
    expect(await screen.findByText('適格請求書発行事業者の登録番号が未設定です。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '請求書を発行する' })).toBeDisabled();
  });

  it('asks before issuing and shows the 409 of the issuing guard above the button', async () => {
    server.use(
      http.get('/api/v1/billing-runs', () => HttpResponse.json({ items: [run({})], total: 1 })),
      http.post('/api/v1/billing-runs/:id/issue', () =>
        HttpResponse.json(
          { status: 409, code: 'conflict', detail: 'missing', missing: ['legalName', 'bankAccount'], errors: [] },
          { status: 409 },
        ),
      ),
    );
    renderWithProviders(<BillingRunPanel period="2027-04" canWrite onPeriodChange={() => undefined} />);
    await userEvent.click(await screen.findByRole('button', { name: '請求書を発行する' }));
    const dialog = await screen.findByRole('dialog', { name: '2027-04 の請求書を発行' });
    expect(within(dialog).getByText('5件、合計 ¥550,000 の請求書を発行します。')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '請求書を発行する' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('次の設定が未入力のため発行できません。');
    expect(alert).toHaveTextContent('振込先口座が未設定です。');
  });
});
