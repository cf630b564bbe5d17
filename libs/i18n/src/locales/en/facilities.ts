import type { Catalogue } from '../catalogue';

/** English messages of the reasons `facilities.*`. */
export const facilities: Catalogue['errors']['facilities'] = {
  facilityNotFound: 'Facility {{id}} was not found.',
};
