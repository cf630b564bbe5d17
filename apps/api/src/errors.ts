/**
 * Reasons of the domain errors of the API layer (guards, uploads, controllers): `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/api.ts).
 */
export const ApiError = {
  AttachmentEmpty: 'api.attachmentEmpty',
  BankFileEmpty: 'api.bankFileEmpty',
  CsvFileEmpty: 'api.csvFileEmpty',
  FileCount: 'api.fileCount',
  MultipartUnreadable: 'api.multipartUnreadable',
  NoFilePart: 'api.noFilePart',
  NoFilePartButOthers: 'api.noFilePartButOthers',
  NoRefreshToken: 'api.noRefreshToken',
  NotSignedIn: 'api.notSignedIn',
  PageParamInvalid: 'api.pageParamInvalid',
  PortalTenantsOnly: 'api.portalTenantsOnly',
  PurposeRequired: 'api.purposeRequired',
  ReportForbidden: 'api.reportForbidden',
  RoleForbidden: 'api.roleForbidden',
  RouteClosed: 'api.routeClosed',
  SendAttachment: 'api.sendAttachment',
  SendBankFile: 'api.sendBankFile',
  SendCsvFile: 'api.sendCsvFile',
  UnexpectedPart: 'api.unexpectedPart',
  UnexpectedPartWithFields: 'api.unexpectedPartWithFields',
} as const;
export type ApiError = (typeof ApiError)[keyof typeof ApiError];
