import { Page } from 'playwright-core';

export class RoomsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/rooms');
    await this.page.getByRole('heading', { name: /居室・契約|Rooms & leases/, level: 1 }).waitFor();
  }

  async startLease(code: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`${code}で契約を作成|Create a lease on ${code}`) }).click();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }
}
