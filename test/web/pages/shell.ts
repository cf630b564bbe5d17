import { Page } from 'playwright-core';

/** The staff frame: the main menu and the language switch. */
export class Shell {
  constructor(private readonly page: Page) {}

  menu() {
    return this.page.getByRole('navigation', { name: /メインメニュー|Main menu/ });
  }

  menuLink(name: string | RegExp) {
    return this.menu().getByRole('link', { name });
  }

  async switchLanguage(to: 'ja' | 'en'): Promise<void> {
    await this.page.getByRole('radio', { name: to === 'en' ? 'English' : '日本語' }).check({ force: true });
  }
}
