import type { Catalogue } from '../catalogue';

/** English messages of the reasons `spaces.*`. */
export const spaces: Catalogue['errors']['spaces'] = {
  areaInvalid: '{{field}} must be a non-negative area in m² with at most two decimals, like 63.25.',
  combinedWithItself: 'A space cannot be combined with itself.',
  roomTypeCodeTaken: 'A room type with this code already exists.',
  roomTypeInUse: 'Spaces still use this room type.',
  roomTypeNotFound: 'Room type {{id}} was not found.',
  spaceCodeTaken: 'A space with code {{code}} already exists.',
  spaceInUse: 'This is still used by leases or other records.',
  spaceNotFound: 'Space {{id}} was not found.',
  spacesUnknown: 'No space of this facility has id {{ids}}.',
  typeCodeUnknown: 'type "{{type}}" is not a room type of this facility; see /api/v1/room-types.',
  typeIdUnknown: 'typeId {{typeId}} is not a room type of this facility.',
  typeRequired: 'type (a room-type code) or typeId is required.',
};
