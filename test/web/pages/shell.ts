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

  /** With the keyboard, as a user would: focus the current language and move with the arrow keys. */
  async switchLanguage(to: 'ja' | 'en'): Promise<void> {
    await this.page.getByRole('radio', { name: to === 'en' ? '日本語' : 'English' }).focus();
    await this.page.keyboard.press(to === 'en' ? 'ArrowRight' : 'ArrowLeft');
  }
}
