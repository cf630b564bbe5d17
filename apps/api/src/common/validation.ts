import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { FieldProblem } from '@tamago/core';
import { ValidationCode } from '@tamago/i18n';

/** A 400 carrying one entry per invalid field and cause. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly problems: FieldProblem[]) {
    super(`Invalid input: ${problems.map((p) => p.field).join(', ')}`);
  }
}

/** class-validator constraint → our code and the names of its parameters. */
const CODES: Record<string, { code: ValidationCode; params?: (c: unknown[]) => Record<string, unknown> }> = {
  isDefined: { code: ValidationCode.Required },
  isNotEmpty: { code: ValidationCode.Required },
  whitelistValidation: { code: ValidationCode.UnknownField },
  isString: { code: ValidationCode.String },
  isInt: { code: ValidationCode.Integer },
  isNumber: { code: ValidationCode.Number },
  isBoolean: { code: ValidationCode.Boolean },
  isArray: { code: ValidationCode.Array },
  isObject: { code: ValidationCode.Object },
  nestedValidation: { code: ValidationCode.Object },
  min: { code: ValidationCode.Min, params: (c) => ({ min: c[0] }) },
  max: { code: ValidationCode.Max, params: (c) => ({ max: c[0] }) },
  minLength: { code: ValidationCode.MinLength, params: (c) => ({ min: c[0] }) },
  maxLength: { code: ValidationCode.MaxLength, params: (c) => ({ max: c[0] }) },
  arrayMinSize: { code: ValidationCode.ArrayMinSize, params: (c) => ({ min: c[0] }) },
  arrayMaxSize: { code: ValidationCode.ArrayMaxSize, params: (c) => ({ max: c[0] }) },
  isIn: { code: ValidationCode.OneOf, params: (c) => ({ allowed: (c[0] as unknown[]) ?? [] }) },
  isEnum: { code: ValidationCode.OneOf, params: (c) => ({ allowed: Object.values((c[0] as object) ?? {}) }) },
  isEmail: { code: ValidationCode.Email },
  isUrl: { code: ValidationCode.Url },
  isUUID: { code: ValidationCode.Uuid },
  isDateString: { code: ValidationCode.DateTime },
  isISO8601: { code: ValidationCode.DateTime },
  isCalendarDate: { code: ValidationCode.Date },
  matches: { code: ValidationCode.Pattern },
};

/** Checks of what a value is; when one fails, the range checks on the same value say nothing more. */
const TYPE_CHECKS = new Set([
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'nestedValidation',
  'isUUID',
  'isEmail',
  'isUrl',
  'isDateString',
  'isISO8601',
  'isCalendarDate',
  'isIn',
  'isEnum',
  'matches',
]);

function constraintArgs(target: object | undefined, property: string, name: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return metadata.find((m) => m.propertyName === property && (m.name ?? m.type) === name)?.constraints ?? [];
}

function problemsOf(e: ValidationError, field: string): FieldProblem[] {
  const keys = Object.keys(e.constraints ?? {});
  if (!keys.length) return [];
  const problem = (key: string): FieldProblem => {
    const known = CODES[key] ?? { code: ValidationCode.Invalid };
    const params = known.params?.(constraintArgs(e.target, e.property, key)) ?? {};
    return { field, code: known.code, params, message: e.constraints?.[key] ?? '' };
  };
  if (keys.includes('whitelistValidation')) return [problem('whitelistValidation')];
  // A missing value is only "required", never also "must be an integer, at least 0, at most …".
  if (e.value === undefined || e.value === null || (e.value === '' && keys.includes('isNotEmpty'))) {
    return [{ field, code: ValidationCode.Required, params: {}, message: `${field} is required` }];
  }
  const typeFailure = keys.find((k) => TYPE_CHECKS.has(k));
  return typeFailure ? [problem(typeFailure)] : keys.map(problem);
}

/** Flattens nested class-validator errors into one entry per `path.to.field` and cause. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent
      ? /^\d+$/.test(e.property)
        ? `${parent}[${e.property}]`
        : `${parent}.${e.property}`
      : e.property;
    return [...problemsOf(e, field), ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** The application-wide pipe: whitelist, forbid unknown fields, transform, report every field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: true },
    stopAtFirstError: false,
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
