/**
 * Reasons of the domain errors of the core context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/core.ts).
 */
export const CoreError = {
  ChangedMeanwhile: 'core.changedMeanwhile',
  CorporateNumberBaseLength: 'core.corporateNumberBaseLength',
  CorporateNumberCheckDigit: 'core.corporateNumberCheckDigit',
  CorporateNumberLength: 'core.corporateNumberLength',
  CorporateNumberNotText: 'core.corporateNumberNotText',
  CsvBidiControl: 'core.csvBidiControl',
  CsvColumnMissing: 'core.csvColumnMissing',
  CsvColumnTwice: 'core.csvColumnTwice',
  CsvColumnUnknown: 'core.csvColumnUnknown',
  CsvControlCharacter: 'core.csvControlCharacter',
  CsvEmpty: 'core.csvEmpty',
  CsvNotBoolean: 'core.csvNotBoolean',
  CsvNotValid: 'core.csvNotValid',
  CsvNotWholeNumber: 'core.csvNotWholeNumber',
  CsvRowProblems: 'core.csvRowProblems',
  CsvTooLarge: 'core.csvTooLarge',
  CsvTooManyRows: 'core.csvTooManyRows',
  DateFormat: 'core.dateFormat',
  DateNotReal: 'core.dateNotReal',
  DatesEmpty: 'core.datesEmpty',
  DateYearOutOfRange: 'core.dateYearOutOfRange',
  IllegalTransition: 'core.illegalTransition',
  InstantFormat: 'core.instantFormat',
  NotBoolean: 'core.notBoolean',
  NotList: 'core.notList',
  NotOneOf: 'core.notOneOf',
  NotString: 'core.notString',
  NotWholeNumber: 'core.notWholeNumber',
  NotZenginCharacters: 'core.notZenginCharacters',
  NowInvalid: 'core.nowInvalid',
  RegistrationNumberInvalid: 'core.registrationNumberInvalid',
  Required: 'core.required',
  TimeZoneUnknown: 'core.timeZoneUnknown',
  TooLong: 'core.tooLong',
  TransitionFromFinal: 'core.transitionFromFinal',
} as const;
export type CoreError = (typeof CoreError)[keyof typeof CoreError];
