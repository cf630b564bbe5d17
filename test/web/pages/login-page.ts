import { Page } from 'playwright-core';

/** The login page, by its labels: メールアドレス / パスワード / ログイン (or the English ones). */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/login');
  }

  async login(email: string, password: string): Promise<void> {
    await this.page.getByLabel(/メールアドレス|Email/).fill(email);
    await this.page.getByLabel(/^(パスワード|Password)/).fill(password);
    await this.page.getByRole('button', { name: /^(ログイン|Log in)$/ }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}
