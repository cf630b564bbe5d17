/**
 * Codes for domain errors. The HTTP layer maps each code to a status in one place
 * (apps/api problem-details filter); domain code never knows about HTTP.
 */
export enum ErrorCode {
  /** Input that passed DTO validation but breaks a business rule about its shape (400). */
  InvalidInput = 'invalid_input',
  /** The object does not exist in the caller's scope (404) - also for other facilities' ids. */
  NotFound = 'not_found',
  /** The state of the data forbids the change: illegal transition, duplicate, overlap (409). */
  Conflict = 'conflict',
  /** A reference to something that does not exist or cannot be used here (422). */
  Unprocessable = 'unprocessable',
  /** Not logged in, or credentials/token are wrong (401). */
  Unauthenticated = 'unauthenticated',
  /** Logged in but not allowed (403). */
  Forbidden = 'forbidden',
  /** The account is locked or a rate limit was hit (429 / 423). */
  TooManyRequests = 'too_many_requests',
  Locked = 'locked',
}

/** One field-level problem, reported in problem details' `errors[]`. */
export interface FieldProblem {
  field: string;
  /** Stable code (`ValidationCode` of @tamago/i18n: required, maxLength, notKatakana, checkDigit, overlap…). */
  code?: string;
  /** Parameters of the rule, e.g. `{ max: 100 }`. */
  params?: Record<string, unknown>;
  /** English sentence; the API answers the reader's language from the code. */
  message: string;
}

/** A business-rule failure with a machine-readable code and a sentence a user understands. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      errors?: FieldProblem[];
      /** Extra machine-readable data for the client (e.g. allowed next states). */
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(entity: string, id?: string): DomainError {
    return new DomainError(ErrorCode.NotFound, id ? `${entity} ${id} was not found.` : `${entity} was not found.`);
  }

  static invalid(field: string, message: string, code?: string, params?: Record<string, unknown>): DomainError {
    return new DomainError(ErrorCode.InvalidInput, message, { errors: [{ field, message, code, params }] });
  }

  static conflict(message: string, extra?: Record<string, unknown>): DomainError {
    return new DomainError(ErrorCode.Conflict, message, { extra });
  }
}
