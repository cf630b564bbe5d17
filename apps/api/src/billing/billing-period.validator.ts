import { Matches, ValidationOptions } from 'class-validator';

/** A billing period 'YYYY-MM' with a month from 01 to 12 (2027-13 is refused). */
export function IsBillingPeriod(options?: ValidationOptions): PropertyDecorator {
  return Matches(/^\d{4}-(0[1-9]|1[0-2])$/, {
    message: ({ property }) => `${property} must be a month written YYYY-MM (e.g. 2027-04)`,
    ...options,
  });
}
