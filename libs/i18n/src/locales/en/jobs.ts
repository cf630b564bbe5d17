import type { Catalogue } from '../catalogue';

/** English messages of the reasons `jobs.*`. */
export const jobs: Catalogue['errors']['jobs'] = {
  dailyHasNoDay: '{{kind}} runs daily; it has no day of month.',
  scheduledKindNotFound: 'Scheduled kind {{id}} was not found.',
};
