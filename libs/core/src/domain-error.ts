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

/** Parameters of a reason's message, e.g. `{ invoiceNumber: 'INV-2027-0001' }` (amounts in yen as numbers). */
export type ReasonParams = Record<string, unknown>;

/** One field-level problem, reported in problem details' `errors[]`. */
export interface FieldProblem {
  field: string;
  /** Stable code (`ValidationCode` of @tamago/i18n: required, maxLength, notKatakana, checkDigit, overlap…). */
  code?: string;
  /** Parameters of the rule, e.g. `{ max: 100 }`. */
  params?: Record<string, unknown>;
  /** The domain reason of this field's problem when it differs from the error's (a file's row problems). */
  reason?: string;
  /** Parameters of that reason's message (not answered; the message is). */
  reasonParams?: ReasonParams;
  /** English sentence; the API answers the reader's language from the code or the reason. */
  message: string;
}

/**
 * A business-rule failure with a machine-readable code, a stable reason and a sentence a user
 * understands. `code` decides the HTTP status (one filter maps it); `reason` is one of the owning
 * context's reasons (`BillingError.InvoiceAlreadyVoid` = `billing.invoiceAlreadyVoid`, declared in
 * `libs/<context>/src/errors.ts`) whose Japanese and English messages live in @tamago/i18n under
 * `errors.<reason>`, filled in from `params`. `message` is the English sentence for logs and tests.
 */
export class DomainError extends Error {
  /** Parameters of the reason's message. */
  readonly params: ReasonParams;
  readonly details: {
    errors?: FieldProblem[];
    /** Extra machine-readable data for the client (e.g. allowed next states). */
    extra?: Record<string, unknown>;
  };

  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    details: {
      params?: ReasonParams;
      errors?: FieldProblem[];
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    const { params, ...rest } = details;
    this.params = params ?? {};
    this.details = rest;
  }

  /** The object does not exist in the caller's scope; the reason's message takes `{{id}}`. */
  static notFound(reason: string, entity: string, id?: string): DomainError {
    return new DomainError(
      ErrorCode.NotFound,
      reason,
      id ? `${entity} ${id} was not found.` : `${entity} was not found.`,
      { params: id ? { id } : {} },
    );
  }

  /**
   * One field breaks a rule. `params` fill in the reason's message (with `field`) and, with a
   * validation `code`, are the rule's parameters too (`{ max: 100 }`). The field's problem is
   * answered in the reader's language by its code, else by the error's reason.
   */
  static invalid(
    reason: string,
    field: string,
    message: string,
    params: ReasonParams = {},
    code?: string,
  ): DomainError {
    return new DomainError(ErrorCode.InvalidInput, reason, message, {
      params: { field, ...params },
      errors: [{ field, message, code, params: code ? params : undefined }],
    });
  }

  static conflict(
    reason: string,
    message: string,
    params: ReasonParams = {},
    extra?: Record<string, unknown>,
  ): DomainError {
    return new DomainError(ErrorCode.Conflict, reason, message, { params, extra });
  }
}
