import type { Catalogue } from '../catalogue';

/** English messages of the reasons `metering.*`. */
export const metering: Catalogue['errors']['metering'] = {
  apiKeyNotFound: 'API key {{id}} was not found.',
  csvKindUnknown: 'kind must be electricity, water or gas (電気, 水道, ガス).',
  deviceKeyInvalid: 'Send a valid, unrevoked device key in the X-Api-Key header.',
  emissionFactorFormat: 'emissionFactor must be a decimal in t-CO2/kWh, like "0.000434".',
  emissionFactorNotPositive: 'emissionFactor must be above 0.',
  emissionFactorUnit: 'emissionFactor is in t-CO2/kWh; a value above 0.01 is in another unit.',
  firstReadingReplacement: 'A first reading has no earlier meter to replace.',
  meterKindNotOneOf: '{{field}} must be one of: {{allowed}}.',
  meterReadingNotFound: 'Meter reading {{id}} was not found.',
  monthAlreadyRead: 'This meter already has a reading for that month.',
  monthInvalid: '{{field}} must be a month written YYYY-MM.',
  newMeterInitialWithoutReplacement: 'newMeterInitial is given only with isReplacement: true.',
  noRows: 'The file has a header but no rows.',
  oldMeterFinalWithoutReplacement: 'oldMeterFinal is given only with isReplacement: true.',
  onlyLatestDeletable: 'Only the latest reading of a meter can be deleted; delete the one of {{readOn}} first.',
  periodAlreadyRead:
    'This meter already has a reading for {{period}} ({{latestReadOn}}: {{value}}); delete it to correct it.',
  rangeReversed: 'to must not be before from.',
  rangeTooLong: 'A range may span at most {{max}} months.',
  readingBelowNewInitial: "The reading {{value}} is lower than the new meter's first reading {{newInitial}}.",
  readingBelowPrevious: 'The reading {{value}} is lower than the previous {{before}}; mark a meter replacement.',
  readingsOutOfOrder: 'Readings must be in date order, one per day at most.',
  readOnNotAfterLatest: 'readOn must be after the latest reading of this meter ({{readOn}}).',
  replacementNeedsOldMeterFinal: "A meter replacement needs the old meter's final reading (oldMeterFinal).",
  required: '{{field}} is required.',
  seriesMixedKinds: 'A series is one meter: one kind.',
  spaceCodeUnknown: 'No space of this facility has code {{spaceCode}}.',
  spaceRequired: 'spaceId or spaceCode is required.',
};
