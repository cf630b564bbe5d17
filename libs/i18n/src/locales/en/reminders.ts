import type { Catalogue } from '../catalogue';

/** English messages of the reasons `reminders.*`. */
export const reminders: Catalogue['errors']['reminders'] = {
  dunningHasNoLeadTimes: 'Dunning follows the dunning levels; it has no lead times.',
  kindHasNoLeadTimes: '{{kind}} has no lead times.',
  leadTimesInvalid: 'Lead times of this kind are whole months, from 1 to 60.',
  reminderKindNotFound: 'Reminder kind {{id}} was not found.',
};
