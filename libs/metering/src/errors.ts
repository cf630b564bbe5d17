/**
 * Reasons of the domain errors of the metering context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/metering.ts).
 */
export const MeteringError = {
  ApiKeyNotFound: 'metering.apiKeyNotFound',
  CsvKindUnknown: 'metering.csvKindUnknown',
  DeviceKeyInvalid: 'metering.deviceKeyInvalid',
  EmissionFactorFormat: 'metering.emissionFactorFormat',
  EmissionFactorNotPositive: 'metering.emissionFactorNotPositive',
  EmissionFactorUnit: 'metering.emissionFactorUnit',
  FirstReadingReplacement: 'metering.firstReadingReplacement',
  MeterKindNotOneOf: 'metering.meterKindNotOneOf',
  MeterReadingNotFound: 'metering.meterReadingNotFound',
  MonthAlreadyRead: 'metering.monthAlreadyRead',
  MonthInvalid: 'metering.monthInvalid',
  NewMeterInitialWithoutReplacement: 'metering.newMeterInitialWithoutReplacement',
  NoRows: 'metering.noRows',
  OldMeterFinalWithoutReplacement: 'metering.oldMeterFinalWithoutReplacement',
  OnlyLatestDeletable: 'metering.onlyLatestDeletable',
  PeriodAlreadyRead: 'metering.periodAlreadyRead',
  RangeReversed: 'metering.rangeReversed',
  RangeTooLong: 'metering.rangeTooLong',
  ReadingBelowNewInitial: 'metering.readingBelowNewInitial',
  ReadingBelowPrevious: 'metering.readingBelowPrevious',
  ReadingsOutOfOrder: 'metering.readingsOutOfOrder',
  ReadOnNotAfterLatest: 'metering.readOnNotAfterLatest',
  ReplacementNeedsOldMeterFinal: 'metering.replacementNeedsOldMeterFinal',
  Required: 'metering.required',
  SeriesMixedKinds: 'metering.seriesMixedKinds',
  SpaceCodeUnknown: 'metering.spaceCodeUnknown',
  SpaceRequired: 'metering.spaceRequired',
} as const;
export type MeteringError = (typeof MeteringError)[keyof typeof MeteringError];
