import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem } from '@tamago/core';

/** A 400 carrying one entry per invalid field. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly problems: FieldProblem[]) {
    super(`Invalid input: ${problems.map((p) => p.field).join(', ')}`);
  }
}

/** Flattens nested class-validator errors into `path.to.field: message` entries. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent
      ? /^\d+$/.test(e.property)
        ? `${parent}[${e.property}]`
        : `${parent}.${e.property}`
      : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field $1 is not allowed'),
    }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** The application-wide pipe: whitelist, forbid unknown fields, transform, report every field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
