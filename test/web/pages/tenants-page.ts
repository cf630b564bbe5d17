import { Page } from 'playwright-core';

export class TenantsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/tenants');
    await this.page.getByRole('heading', { name: /入居企業|Tenants/, level: 1 }).waitFor();
  }

  async startCreate(): Promise<void> {
    await this.page.getByRole('button', { name: /入居企業を登録する|Register a tenant/ }).click();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async fillCreate(name: string, kana: string): Promise<void> {
    await this.dialog()
      .getByLabel(/^(企業名|Company name)/)
      .fill(name);
    await this.dialog()
      .getByLabel(/^(フリガナ|Kana)/)
      .fill(kana);
  }

  async submitCreate(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: /^(登録する|Register)$/ })
      .click();
  }

  /** The error text tied to a field through aria-describedby (what a screen reader says beside it). */
  async fieldError(label: RegExp): Promise<string> {
    const input = this.dialog().getByLabel(label);
    await this.page.waitForFunction((el) => el?.getAttribute('aria-invalid') === 'true', await input.elementHandle());
    return input.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id: string) => el.ownerDocument.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    );
  }
}
