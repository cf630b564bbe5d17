import { notifications } from '@mantine/notifications';
import i18n from 'i18next';

/**
 * A short confirmation or refusal in the corner. One sentence as the message (a dimmed description under a
 * title fails the contrast check), and a named close button.
 */
export function notify(color: 'teal' | 'red', message: string): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('common:actions.close') } });
}
