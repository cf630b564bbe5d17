/**
 * Reasons of the domain errors of the exchange context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/exchange.ts).
 */
export const ExchangeError = {
  CorporateNumberTaken: 'exchange.corporateNumberTaken',
  KindNotOneOf: 'exchange.kindNotOneOf',
  NoRows: 'exchange.noRows',
  NotEmail: 'exchange.notEmail',
  Required: 'exchange.required',
  RoleNotOneOf: 'exchange.roleNotOneOf',
  SpaceCodeTaken: 'exchange.spaceCodeTaken',
  StatusNotOneOf: 'exchange.statusNotOneOf',
  TooLong: 'exchange.tooLong',
  UnknownRoomType: 'exchange.unknownRoomType',
  WebsiteNotUrl: 'exchange.websiteNotUrl',
} as const;
export type ExchangeError = (typeof ExchangeError)[keyof typeof ExchangeError];
