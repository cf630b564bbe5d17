import type { Catalogue } from '../catalogue';

/** English messages of the reasons `dataIo.*`. */
export const dataIo: Catalogue['errors']['dataIo'] = {
  corporateNumberTaken: 'This corporate number is already registered.',
  kindNotOneOf: 'kind must be one of {{allowed}}.',
  noRows: 'The file has a header but no rows.',
  notEmail: '"{{email}}" is not an email address.',
  required: '{{field}} is required.',
  roleNotOneOf: 'The role must be one of {{allowed}}.',
  spaceCodeTaken: 'A space with this code already exists.',
  statusNotOneOf: 'status must be one of {{allowed}}.',
  tooLong: '{{field}} must be at most {{max}} characters.',
  unknownRoomType: '"{{type}}" is not a room type of this facility ({{knownTypes}}).',
  websiteNotUrl: 'website must be a URL starting with http(s)://.',
};
