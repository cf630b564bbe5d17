import type { Catalogue } from '../catalogue';

/** English messages of the reasons `core.*`. */
export const core: Catalogue['errors']['core'] = {
  changedMeanwhile: 'It was changed or removed by someone else meanwhile. Reload and try again.',
  corporateNumberBaseLength: 'The base of a corporate number must be exactly 12 digits.',
  corporateNumberCheckDigit:
    'Corporate number {{digits}} has a wrong check digit (first digit should be {{expected}}).',
  corporateNumberLength: 'A corporate number has 13 digits; "{{input}}" does not.',
  corporateNumberNotText: 'A corporate number must be a string of 13 digits.',
  csvBidiControl: 'The line contains a character that changes the text direction (such as U+202E).',
  csvControlCharacter: 'The line contains a control character (such as NUL).',
  csvEmpty: 'The file is empty: it needs a header line.',
  csvNotBoolean: '{{field}} must be true or false (はい / いいえ); "{{text}}" is not.',
  csvNotValid: 'The file is not valid CSV: {{problem}}',
  csvNotWholeNumber: '{{field}} must be a whole number from {{min}} to {{max}}; "{{text}}" is not.',
  csvRowProblems:
    'The file has problems on {{lines}} line(s); nothing was written. Fix every listed row and upload it again.',
  csvTooLarge: 'A CSV file may be at most {{maxMb}} MB.',
  csvTooManyRows: 'A file may hold at most {{maxRows}} rows.',
  dateFormat: '{{field}} must be a calendar date written YYYY-MM-DD.',
  dateNotReal: '{{field}} is not a real calendar date: {{value}}.',
  datesEmpty: 'dates must contain at least one date.',
  dateYearOutOfRange: '{{field}} must lie between the years {{minYear}} and {{maxYear}}: {{value}}.',
  illegalTransition: "A {{noun}} cannot go from '{{from}}' to '{{to}}'. Allowed next: {{allowed}}.",
  instantFormat: '{{field}} must be an instant with an offset, like 2027-04-01T09:00:00+09:00.',
  notBoolean: '{{field}} must be true or false.',
  notList: '{{field}} must be a list.',
  notOneOf: '{{field}} must be one of: {{list}}.',
  notString: '{{field}} must be a string.',
  notWholeNumber: '{{field}} must be a whole number from {{min}} to {{max}}.',
  notZenginCharacters: '"{{bad}}" cannot be written in a Zengin (bank) name; use katakana, A-Z, 0-9 and ( ) - . , /.',
  nowInvalid: 'now must be a valid Date.',
  registrationNumberInvalid: 'A registration number is "T" followed by a valid 13-digit number; "{{input}}" is not.',
  required: '{{field}} is required.',
  timeZoneUnknown: 'timeZone must be an IANA time zone such as Asia/Tokyo: {{timeZone}}.',
  tooLong: '{{field}} must be at most {{maxLength}} characters.',
  transitionFromFinal: "A {{noun}} cannot go from '{{from}}' to '{{to}}'. '{{from}}' is final.",
};
