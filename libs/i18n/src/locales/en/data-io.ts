import type { Catalogue } from '../catalogue';

/** English messages of the reasons `dataIo.*`. */
export const dataIo: Catalogue['errors']['dataIo'] = {
  corporateNumberRepeated: 'The same corporate number is on line {{first}}.',
  corporateNumberTaken: 'This corporate number is already registered.',
  kindNotOneOf: 'kind must be one of {{allowed}}.',
  noRows: 'The file has a header but no rows.',
  notEmail: '"{{email}}" is not an email address.',
  required: '{{field}} is required.',
  roleNotOneOf: 'The role must be one of {{allowed}}.',
  spaceCodeRepeated: 'The same space code is on line {{first}}.',
  spaceCodeTaken: 'A space with this code already exists.',
  statusNotOneOf: 'status must be one of {{allowed}}.',
  tooLong: '{{field}} must be at most {{max}} characters.',
  unknownRoomType: '"{{type}}" is not a room type of this facility ({{knownTypes}}).',
  websiteNotUrl: 'website must be a URL starting with http(s)://.',
};
