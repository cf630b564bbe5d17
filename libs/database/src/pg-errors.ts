/** PostgreSQL error codes the application reacts to. */
export enum PgErrorCode {
  UniqueViolation = '23505',
  ForeignKeyViolation = '23503',
  ExclusionViolation = '23P01',
  CheckViolation = '23514',
  NotNullViolation = '23502',
  InvalidTextRepresentation = '22P02',
  NumericOutOfRange = '22003',
  DatetimeOutOfRange = '22008',
  InvalidDatetimeFormat = '22007',
  StringTooLong = '22001',
  /** NUL in text (22021), should one get past the request checks. */
  UntranslatableCharacter = '22021',
  CharacterNotInRepertoire = '22P05',
  SerializationFailure = '40001',
  AdminShutdown = '57P01',
  CrashShutdown = '57P02',
  CannotConnectNow = '57P03',
}

/** Class 08 (connection exception) and the shutdown codes of class 57: the server went away, not the input. */
const CONNECTION_CODES = /^(08...|57P0[1-3])$/;
/**
 * What node-postgres and the sockets under it say when a connection is refused, reset or ended, and what
 * TypeORM says when a transaction goes on after its connection was dropped (its query runner "released").
 */
const CONNECTION_MESSAGES =
  /Connection terminated|connection error|not queryable|already released|ECONNREFUSED|ECONNRESET|EPIPE|timeout exceeded when trying to connect|terminating connection|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * True when `e` says PostgreSQL could not be reached or dropped the connection (a restart, a
 * failover, a terminated backend): the request may be retried, and its transaction did not commit.
 */
export function isConnectionError(e: unknown): boolean {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && !seen.has(cur)) {
    seen.add(cur);
    const err = cur as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
    if (
      typeof err.code === 'string' &&
      (CONNECTION_CODES.test(err.code) || /^E(CONNREFUSED|CONNRESET|PIPE)$/.test(err.code))
    )
      return true;
    if (typeof err.message === 'string' && CONNECTION_MESSAGES.test(err.message)) return true;
    if (Array.isArray(err.errors) && err.errors.some((x) => isConnectionError(x))) return true;
    cur = err.driverError ?? err.cause;
  }
  return false;
}

/** The PostgreSQL error inside a TypeORM or pg error, or null when it is not one. */
export function pgErrorOf(e: unknown): { code: string; constraint?: string; detail?: string } | null {
  const err = e as { code?: unknown; constraint?: unknown; detail?: unknown; driverError?: unknown } | null;
  const source = (err?.driverError ?? err) as { code?: unknown; constraint?: unknown; detail?: unknown } | null;
  if (!source || typeof source.code !== 'string' || !/^[0-9A-Z]{5}$/.test(source.code)) return null;
  return {
    code: source.code,
    constraint: typeof source.constraint === 'string' ? source.constraint : undefined,
    detail: typeof source.detail === 'string' ? source.detail : undefined,
  };
}

/** True when `e` is a PostgreSQL error with the given code. */
export function isPgError(e: unknown, code: PgErrorCode): boolean {
  return pgErrorOf(e)?.code === code;
}
