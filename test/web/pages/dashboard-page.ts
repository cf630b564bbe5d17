import { Page } from 'playwright-core';

/** ホーム: each figure is a link named by its label. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('heading', { name: /ホーム|Home/ }).waitFor();
  }

  figure(label: string) {
    return this.page.getByRole('link', { name: new RegExp(`^${label}`) });
  }

  async figureText(label: string): Promise<string> {
    return (await this.figure(label).textContent()) ?? '';
  }
}
