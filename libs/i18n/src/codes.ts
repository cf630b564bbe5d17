/** Stable codes of field errors (`errors[].code`); the web app maps them to its own messages. */
export const ValidationCode = {
  Required: 'required',
  UnknownField: 'unknownField',
  String: 'string',
  Integer: 'integer',
  Number: 'number',
  Boolean: 'boolean',
  Array: 'array',
  Object: 'object',
  Min: 'min',
  Max: 'max',
  MinLength: 'minLength',
  MaxLength: 'maxLength',
  ArrayMinSize: 'arrayMinSize',
  ArrayMaxSize: 'arrayMaxSize',
  OneOf: 'oneOf',
  Email: 'email',
  Url: 'url',
  Uuid: 'uuid',
  Date: 'date',
  DateTime: 'dateTime',
  Pattern: 'pattern',
  NotKatakana: 'notKatakana',
  CheckDigit: 'checkDigit',
  Overlap: 'overlap',
  Duplicate: 'duplicate',
  Invalid: 'invalid',
} as const;
export type ValidationCode = (typeof ValidationCode)[keyof typeof ValidationCode];

/** Stable codes of whole-request problems (`code` of the problem body). */
export const ProblemCode = {
  Validation: 'validation',
  InvalidInput: 'invalid_input',
  Unauthenticated: 'unauthenticated',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  Conflict: 'conflict',
  Unprocessable: 'unprocessable',
  Locked: 'locked',
  TooManyRequests: 'too_many_requests',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  Internal: 'internal',
  Unavailable: 'unavailable',
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];
