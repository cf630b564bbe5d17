import '@/testing/relative-requests';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import { dateWindow } from '../api/slot-days';
import { BookingPanel } from './booking-panel';

const ADVISOR = {
  id: '0b6c1b1e-2f7c-4d2e-9c1a-222222222222',
  name: '田中 一郎',
  kind: 'certified_sme_consultant',
  organizationId: null,
  userId: null,
  email: null,
  expertise: ['資金調達'],
  availability: { weekly: [], slots: [] },
  active: true,
};
const OTHER = { ...ADVISOR, id: '0b6c1b1e-2f7c-4d2e-9c1a-333333333333', name: '鈴木 花子', expertise: ['知的財産'] };
const { from } = dateWindow(13);
const day2 = dateWindow(1).to;
const slot = (date: string, h: number) => ({
  startsAt: `${date}T${h}:00:00+09:00`,
  endsAt: `${date}T${h + 1}:00:00+09:00`,
});
const quota = (over: Partial<Record<string, unknown>> = {}) => ({
  tenantId: 't',
  fiscalYear: 2026,
  quota: 4,
  used: 4,
  remaining: 0,
  allowed: true,
  chargeable: true,
  chargeableSessions: 0,
  policy: 'chargeable',
  ...over,
});
let booked: unknown[] = [];

describe('BookingPanel', { timeout: 20_000 }, () => {
  beforeEach(() => {
    booked = [];
    server.use(
      http.get('/api/v1/advisors', () => HttpResponse.json({ items: [ADVISOR, OTHER], total: 2 })),
      http.get('/api/v1/advisors/:id/free-slots', () =>
        HttpResponse.json({
          advisorId: ADVISOR.id,
          timeZone: 'Asia/Tokyo',
          durationMinutes: 60,
          items: [slot(from, 10), slot(day2, 10), slot(day2, 11)],
          total: 3,
        }),
      ),
      http.post('/api/v1/portal/advisory-sessions', async ({ request }) => {
        booked.push(await request.json());
        return HttpResponse.json({ id: 's1' }, { status: 201 });
      }),
    );
  });

  it('filters advisors by expertise, shows a chosen day’s times and books past the quota only with consent', async () => {
    renderWithProviders(<BookingPanel quota={quota() as never} />);
    await userEvent.click(screen.getByRole('combobox', { name: '専門分野' }));
    await userEvent.click(await screen.findByRole('option', { name: '資金調達', hidden: true }));
    await userEvent.click(screen.getByRole('combobox', { name: '専門家' }));
    expect(screen.queryByRole('option', { name: /鈴木 花子/, hidden: true })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('option', { name: /田中 一郎/, hidden: true }));

    // The first day is chosen; another day shows its own times.
    expect(await screen.findAllByRole('button', { name: /から予約$/ })).toHaveLength(1);
    const [, m, d] = day2.split('-').map(Number);
    await userEvent.click(screen.getByText(new RegExp(`^${m}/${d}（`)));
    const times = await screen.findAllByRole('button', { name: /から予約$/ });
    expect(times.map((b) => b.textContent)).toEqual(['10:00', '11:00']);
    await userEvent.click(times[1]);

    const submit = await screen.findByRole('button', { name: 'この内容で予約する' });
    expect(submit).toBeDisabled();
    await userEvent.click(screen.getByRole('combobox', { name: /相談内容/ }));
    // The expertise list also holds a 資金調達; the topic list is the one opened last.
    const topics = await screen.findAllByRole('option', { name: '資金調達', hidden: true });
    await userEvent.click(topics[topics.length - 1]);
    await userEvent.click(screen.getByRole('checkbox', { name: /有料になることに同意します/ }));
    await userEvent.click(submit);
    await waitFor(() => expect(booked).toHaveLength(1));
    expect(booked[0]).toEqual({
      kind: 'appointment',
      advisorId: ADVISOR.id,
      ...slot(day2, 11),
      topic: 'funding',
      mode: 'onsite',
      acceptCharge: true,
    });
    await screen.findByText('相談を予約しました。');
  });

  it('does not offer booking when the facility refuses sessions past the quota', async () => {
    renderWithProviders(
      <BookingPanel quota={quota({ allowed: false, chargeable: false, policy: 'refuse' }) as never} />,
    );
    expect(await screen.findByRole('combobox', { name: '専門家' })).toBeDisabled();
  });
});
