import { Page } from 'playwright-core';
import { bearer } from '../support/factories';
import { seriousViolations } from './support/axe';
import { seriousViolationsIn } from './support/axe-within';
import { screenshot } from './support/artifacts';
import { BrowserEnv, startBrowserEnv } from './support/browser-env';
import { SupportSeed, seedSupport } from './support/support-seed';

jest.setTimeout(180_000);

/**
 * The support workspace's create and edit screens (issue #13): a subsidy programme with a round,
 * a case for a tenant that then shows on the board, the adoption statistics, an advisor and an
 * advisor's one-off slot. Japanese, 1280 px.
 */
describe('subsidy and advisor forms in the browser', () => {
  let env: BrowserEnv;
  let seed: SupportSeed;
  let page: Page;

  beforeAll(async () => {
    env = await startBrowserEnv();
    seed = await seedSupport(env.t.http, env.users.manager.token);
    page = await env.pageAs('manager');
    await page.setViewportSize({ width: 1280, height: 860 });
  });
  afterAll(async () => env?.close());

  async function dialogSettled(): Promise<void> {
    await page.mouse.move(0, 0);
    await page.waitForFunction(`(() => {
      const dialog = document.querySelector('[role="dialog"]');
      for (let e = dialog; e; e = e.parentElement) if (getComputedStyle(e).opacity !== '1') return false;
      return !!dialog;
    })()`);
  }

  /** Types a date the way a person does into a DateField, then leaves the field. */
  async function typeDate(label: string, date: string) {
    const field = page.getByRole('dialog').getByRole('textbox', { name: label, exact: true });
    await field.fill(date);
    await field.press('Tab');
  }

  it('registers a programme with a round, opens a case for a tenant and sees it on the board', async () => {
    await page.goto('/support/subsidies');
    await page.getByRole('group', { name: seed.planningCaseTitle }).waitFor();
    await page.getByRole('button', { name: '制度を登録' }).click();
    const program = page.getByRole('dialog', { name: '補助金制度を登録' });
    await program.waitFor();
    await program.getByRole('textbox', { name: '制度名' }).fill('事業再構築補助金');
    await program.getByRole('textbox', { name: '実施機関' }).fill('中小企業庁');
    await program.getByRole('textbox', { name: '補助上限額' }).fill('15000000');
    await program.getByRole('textbox', { name: '回の名称' }).fill('第13回');
    await typeDate('公募開始日', '2027-04-01');
    await typeDate('申請締切日', '2027-06-30');
    await typeDate('事業実施期限（任意）', '2028-03-31');
    await dialogSettled();
    await screenshot(page, 'support-program-dialog-ja');
    expect(await seriousViolationsIn(page, '[role="dialog"]')).toEqual([]);
    await program.getByRole('button', { name: '登録する' }).click();
    await page.getByText('補助金制度を登録しました。').waitFor();
    await program.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '新規案件' }).click();
    const form = page.getByRole('dialog', { name: '新規案件' });
    await form.waitFor();
    await form.getByRole('combobox', { name: '入居企業' }).fill('たまご');
    await page.getByRole('option', { name: seed.tenantName }).click();
    await form.getByRole('combobox', { name: '補助金制度' }).click();
    await page.getByRole('option', { name: '事業再構築補助金' }).click();
    await form.getByRole('combobox', { name: '公募回' }).click();
    await page.getByRole('option', { name: /^第13回/ }).click();
    await form.getByRole('textbox', { name: '件名（任意）' }).fill('新分野の冷凍食品工場');
    await form.getByRole('textbox', { name: '申請予定額（任意）' }).fill('12000000');
    await dialogSettled();
    await screenshot(page, 'support-case-dialog-ja');
    expect(await seriousViolationsIn(page, '[role="dialog"]')).toEqual([]);
    await form.getByRole('button', { name: '案件を登録する' }).click();
    await page.getByText(/案件を登録しました/).waitFor();

    const planning = page.getByRole('region', { name: '準備中', exact: true });
    const card = planning.getByRole('group', { name: '新分野の冷凍食品工場' });
    await card.waitFor();
    await card.getByText('株式会社たまご精機').waitFor();
    // Its menu offers exactly the steps the API allows from planning.
    await card.getByRole('button', { name: '「新分野の冷凍食品工場」の段階を移動' }).click();
    const items = await page.getByRole('menuitem').allInnerTexts();
    expect(items).toEqual(['申請済み', '辞退']);
    await page.keyboard.press('Escape');
    await screenshot(page, 'support-board-with-new-case-ja');
    const cases = await env.t.http.get('/api/v1/subsidy-applications').set(bearer(env.users.manager.token));
    const created = cases.body.items.find((c: { title: string }) => c.title === '新分野の冷凍食品工場');
    expect(created).toMatchObject({
      tenantId: seed.tenantId,
      stage: 'planning',
      requestedAmount: 12_000_000,
      allowedTransitions: ['applied', 'withdrawn'],
    });
  });

  it('shows the programmes with their rounds and the adoption statistics', async () => {
    await page.getByRole('tab', { name: '制度と公募回' }).click();
    await page.getByRole('heading', { name: '事業再構築補助金' }).waitFor();
    await page.getByText('2028年3月31日').waitFor();
    await screenshot(page, 'support-programs-ja');
    await page.getByRole('button', { name: '「事業再構築補助金」を編集' }).click();
    const edit = page.getByRole('dialog', { name: '「事業再構築補助金」を編集' });
    await expect(edit.getByRole('textbox', { name: '回の名称' }).inputValue()).resolves.toBe('第13回');
    await edit.getByRole('button', { name: 'キャンセル' }).click();
    await page.getByRole('tab', { name: '採択実績' }).click();
    const table = page.getByRole('table', { name: '補助金制度・公募回ごとの採択実績' });
    await table.getByText('事業再構築補助金').waitFor();
    await table.getByText('└ 第13回').waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'support-adoption-stats-ja');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('registers an advisor and gives them a one-off slot', async () => {
    await page.goto('/support/advisors');
    await page.getByRole('button', { name: 'アドバイザーを登録' }).click();
    const form = page.getByRole('dialog', { name: 'アドバイザーを登録' });
    await form.getByRole('textbox', { name: '氏名' }).fill('佐藤 花子');
    const expertise = form
      .getByRole('combobox', { name: '専門分野' })
      .or(form.getByRole('textbox', { name: '専門分野' }));
    await expertise.fill('食品衛生');
    await expertise.press('Enter');
    await expertise.fill('HACCP');
    await expertise.press('Enter');
    await dialogSettled();
    await screenshot(page, 'support-advisor-dialog-ja');
    expect(await seriousViolationsIn(page, '[role="dialog"]')).toEqual([]);
    await form.getByRole('button', { name: '登録する' }).click();
    await page.getByText('佐藤 花子さんを登録しました。').waitFor();
    await page.getByRole('link', { name: '佐藤 花子' }).click();
    await page.getByRole('heading', { name: '佐藤 花子さんの予定' }).waitFor();
    await page.getByRole('tab', { name: '相談を受けられる時間' }).click();
    await page.getByRole('button', { name: '臨時の枠を追加' }).click();
    await page.getByRole('textbox', { name: '日付' }).fill('2027-06-05');
    await page.getByRole('textbox', { name: '日付' }).press('Tab');
    await page.getByRole('button', { name: '受付時間を保存する' }).click();
    await page.getByText('受付時間を保存しました。').waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'support-advisor-slots-ja');
    const advisors = await env.t.http.get('/api/v1/advisors').set(bearer(env.users.manager.token)).expect(200);
    const sato = advisors.body.items.find((a: { name: string }) => a.name === '佐藤 花子');
    expect(sato).toMatchObject({ kind: 'specialist', expertise: ['食品衛生', 'HACCP'], active: true });
    expect(sato.availability.slots).toHaveLength(1);
    expect(Date.parse(sato.availability.slots[0].startsAt)).toBe(Date.parse('2027-06-05T13:00:00+09:00'));
    expect(Date.parse(sato.availability.slots[0].endsAt)).toBe(Date.parse('2027-06-05T15:00:00+09:00'));
  });
});
