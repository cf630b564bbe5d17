import { FieldProblem } from '@tamago/core';

/** The one JSON shape of every error response (RFC 9457 problem details). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable code: a domain code (`conflict`…), `validation` or one per HTTP status. */
  code?: string;
  errors?: FieldProblem[];
  requestId?: string;
  /** A domain error's stable reason (`billing.invoiceAlreadyVoid`); `detail` is its message. */
  reason?: string;
  /** The specifics the reason's message is filled in from. */
  params?: Record<string, unknown>;
  /** Internal: which catalogue sentence to use for detail (not sent). */
  messageKey?: string;
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Builds a problem body; `type` is a stable URN per status or domain code. */
export function problem(
  status: number,
  detail: string,
  code?: string,
  rest: Partial<ProblemDetails> = {},
): ProblemDetails {
  return {
    type: `urn:tamago:problem:${code ?? String(status)}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(code ? { code } : {}),
    ...rest,
  };
}
