import { ValidateBy, ValidationOptions } from 'class-validator';
import { parseIsoDate } from '@tamago/core';

/** A real calendar date written YYYY-MM-DD (2027-02-30 is refused, not rolled over). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => {
          try {
            parseIsoDate(value, 'date');
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: (args) => `${args?.property} must be a real calendar date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
