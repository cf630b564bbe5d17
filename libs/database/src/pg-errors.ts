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
