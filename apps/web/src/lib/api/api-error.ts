/** One field problem from the API's problem-details body. */
export interface FieldError {
  /** A `ValidationCode` of the API (required, maxLength, notKatakana…). */
  code: string;
  params: Record<string, unknown>;
  /** The API's sentence, already in the reader's language (Accept-Language). */
  message: string;
}

interface ProblemBody {
  type?: string;
  code?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string; code?: string; params?: Record<string, unknown> }[];
  retryAfterSeconds?: number;
}

/** An API failure, reduced to what a screen needs: the status, the domain code and the field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: Record<string, FieldError>;
  readonly retryAfterSeconds?: number;
  /** The whole problem body, for the few screens that read an extra member (lockedUntil, conflicts). */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: unknown) {
    const problem = (typeof body === 'object' && body !== null ? body : {}) as ProblemBody;
    super(problem.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? codeFromType(problem.type) ?? String(status);
    this.retryAfterSeconds = problem.retryAfterSeconds;
    this.body = problem as Record<string, unknown>;
    this.fieldErrors = {};
    for (const e of problem.errors ?? []) {
      this.fieldErrors[e.field] ??= { code: e.code ?? 'invalid', params: e.params ?? {}, message: e.message };
    }
  }
}

// The API names its problem `urn:tamago:problem:<code>`.
function codeFromType(type: string | undefined): string | undefined {
  const match = /^urn:tamago:problem:(.+)$/.exec(type ?? '');
  return match?.[1];
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
