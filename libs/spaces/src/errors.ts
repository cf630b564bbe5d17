/**
 * Reasons of the domain errors of the spaces context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/spaces.ts).
 */
export const SpacesError = {
  AreaInvalid: 'spaces.areaInvalid',
  CombinedWithItself: 'spaces.combinedWithItself',
  RoomTypeCodeTaken: 'spaces.roomTypeCodeTaken',
  RoomTypeInUse: 'spaces.roomTypeInUse',
  RoomTypeNotFound: 'spaces.roomTypeNotFound',
  SpaceCodeTaken: 'spaces.spaceCodeTaken',
  SpaceInUse: 'spaces.spaceInUse',
  SpaceNotFound: 'spaces.spaceNotFound',
  SpacesUnknown: 'spaces.spacesUnknown',
  TypeCodeUnknown: 'spaces.typeCodeUnknown',
  TypeIdUnknown: 'spaces.typeIdUnknown',
  TypeRequired: 'spaces.typeRequired',
} as const;
export type SpacesError = (typeof SpacesError)[keyof typeof SpacesError];
