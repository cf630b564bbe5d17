/**
 * Reasons of the domain errors of the data-io context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/data-io.ts).
 */
export const DataIoError = {
  CorporateNumberRepeated: 'dataIo.corporateNumberRepeated',
  CorporateNumberTaken: 'dataIo.corporateNumberTaken',
  KindNotOneOf: 'dataIo.kindNotOneOf',
  NoRows: 'dataIo.noRows',
  NotEmail: 'dataIo.notEmail',
  Required: 'dataIo.required',
  RoleNotOneOf: 'dataIo.roleNotOneOf',
  SpaceCodeRepeated: 'dataIo.spaceCodeRepeated',
  SpaceCodeTaken: 'dataIo.spaceCodeTaken',
  StatusNotOneOf: 'dataIo.statusNotOneOf',
  TooLong: 'dataIo.tooLong',
  UnknownRoomType: 'dataIo.unknownRoomType',
  WebsiteNotUrl: 'dataIo.websiteNotUrl',
} as const;
export type DataIoError = (typeof DataIoError)[keyof typeof DataIoError];
