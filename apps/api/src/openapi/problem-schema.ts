import type { OpenAPIObject } from '@nestjs/swagger';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/** One invalid field of a request: which, why (a stable code), the rule's parameters and a readable message. */
export const FIELD_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['field', 'code', 'params', 'message'],
  properties: {
    field: { type: 'string', description: 'path of the field, e.g. `contacts[0].email`', example: 'name' },
    code: { type: 'string', description: 'stable error code (`ValidationCode` in @tamago/i18n)', example: 'required' },
    params: {
      type: 'object',
      additionalProperties: true,
      description: 'parameters of the rule, e.g. `{ max: 100 }` for maxLength',
    },
    message: { type: 'string', description: "in the reader's language", example: '名前を入力してください。' },
    reason: {
      type: 'string',
      description: "the domain reason of this field's problem when it differs from the problem's (a file's rows)",
      example: 'payments.statementDateInvalid',
    },
  },
};

/** RFC 9457 problem details: the one body of every 4xx/5xx answer. */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', example: 'urn:tamago:problem:validation' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', description: "a sentence in the reader's language" },
    code: { type: 'string', description: 'stable error code (`ErrorCode` in @tamago/i18n)', example: 'validation' },
    reason: {
      type: 'string',
      description:
        'with a domain error (400/404/409/422 from a business rule): its stable reason, `<context>.<name>` ' +
        '(`BillingError`, `PaymentsError`… in `libs/<context>/src/errors.ts`); `detail` is its message in the ' +
        "reader's language (the user's locale when signed in, else Accept-Language, Japanese by default). " +
        '`code` still decides the status.',
      example: 'billing.invoiceAlreadyVoid',
    },
    params: {
      type: 'object',
      additionalProperties: true,
      description: 'with `reason`: the specifics its message is filled in from (ids, dates, amounts in yen)',
      example: { invoiceNumber: 'INV-2027-0001' },
    },
    errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
    requestId: { type: 'string', description: 'quote it when reporting a 500' },
    allowed: { type: 'array', items: { type: 'string' }, description: 'next states allowed (illegal transition)' },
    retryAfterSeconds: { type: 'integer', description: 'with 429: when to try again' },
  },
  additionalProperties: true,
};
