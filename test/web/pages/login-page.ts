import { Page } from 'playwright-core';

/** The login page, by its labels: メールアドレス / パスワード / ログイン (or the English ones). */
export class LoginPage {
  constructor(private readonly page: Page) {}

  /** Opens the page and waits for its form (the page's code and messages arrive after the load event). */
  async open(): Promise<void> {
    await this.page.goto('/login');
    await this.page.getByRole('button', { name: /^(ログイン|Log in)$/ }).waitFor();
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
