import type { Catalogue } from '../catalogue';

/** English messages of the reasons `timeline.*`. */
export const timeline: Catalogue['errors']['timeline'] = {
  kindsUnknown: 'Unknown kinds: {{unknown}}. Known: {{known}}.',
};
