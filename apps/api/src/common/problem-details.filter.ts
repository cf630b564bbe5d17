import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, rowProblemField } from '@tamago/core';
import {
  Locale,
  ProblemCode,
  hasMessage,
  localeOf,
  localiseStateParams,
  negotiateLocale,
  translate,
} from '@tamago/i18n';
import { PgErrorCode, isConnectionError, pgErrorOf } from '@tamago/database';
import { ProblemDetails, problem } from './problem-details';
import { RequestValidationError } from './validation';

const STATUS_OF: Record<ErrorCode, number> = {
  [ErrorCode.InvalidInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.Unprocessable]: 422,
  [ErrorCode.Locked]: 423,
  [ErrorCode.TooManyRequests]: 429,
};

/** Problem codes of plain HTTP statuses (Nest's and Fastify's own errors). */
const HTTP_CODES: Record<number, string> = {
  400: ProblemCode.InvalidInput,
  401: ProblemCode.Unauthenticated,
  403: ProblemCode.Forbidden,
  404: ProblemCode.NotFound,
  405: ProblemCode.MethodNotAllowed,
  409: ProblemCode.Conflict,
  413: ProblemCode.PayloadTooLarge,
  415: ProblemCode.UnsupportedMediaType,
  422: ProblemCode.Unprocessable,
  423: ProblemCode.Locked,
  429: ProblemCode.TooManyRequests,
};

const listOf = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const withOriginal = (general: string, original: string | undefined): string =>
  original && original !== general ? `${general}（${original}）` : general;

/** A parameter that is itself a reason (e.g. how to send a file), put into the same language. */
const isNestedReason = (v: unknown): v is { reason: string; params?: Record<string, unknown> } =>
  typeof v === 'object' && v !== null && typeof (v as { reason?: unknown }).reason === 'string';

/** The message of a domain error's reason (`errors.<reason>` of the catalogue), or null when it has none. */
function reasonMessage(locale: Locale, reason: unknown, params: Record<string, unknown> = {}): string | null {
  if (typeof reason !== 'string' || !hasMessage(`errors.${reason}`)) return null;
  const values = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      isNestedReason(v) ? (reasonMessage(locale, v.reason, v.params) ?? '') : v,
    ]),
  );
  return translate(locale, `errors.${reason}`, localiseStateParams(locale, reason, values));
}

/** Parameters as answered: a nested reason becomes its reason code. */
const answeredParams = (params: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, isNestedReason(v) ? v.reason : v]));

/**
 * Maps every error to problem details in one place. Domain codes and known database
 * constraint failures become 4xx with a sentence a user understands; anything else is a
 * 500 that carries only the request id (the stack goes to the log, never to the client).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const locale = this.localeOf(request);
    const body = this.localise(this.toProblem(exception, String(request.id)), locale);
    if (body.status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'unhandled error');
    const retry = body.retryAfterSeconds;
    if (typeof retry === 'number') void reply.header('Retry-After', String(retry));
    void reply.status(body.status).header('Content-Type', 'application/problem+json; charset=utf-8').send(body);
  }

  /** The user's locale when signed in, else Accept-Language, Japanese by default. */
  private localeOf(request: FastifyRequest): Locale {
    const actor = (request as { actor?: { locale?: string } }).actor;
    return localeOf(actor?.locale) ?? negotiateLocale(request.headers['accept-language']);
  }

  /**
   * Puts every message into the reader's language. A domain error's reason has its own message in
   * the catalogue (`errors.<reason>`, filled in from its params); a field problem is translated by
   * its validation code, else by its reason (a lone field problem takes the error's reason). A
   * sentence the catalogue has no message for is kept after the general sentence for its code.
   */
  private localise(body: ProblemDetails, locale: Locale): ProblemDetails {
    const whole = reasonMessage(locale, body.reason, body.params);
    const lone = body.errors?.length === 1;
    const errors = body.errors?.map((e) => {
      const code = e.code ?? 'invalid';
      const params = e.params ?? {};
      const key = `validation.${code}`;
      const values = { ...params, field: e.field, allowed: listOf(params.allowed) };
      const { reasonParams, ...problem } = e;
      const own = reasonMessage(locale, e.reason, reasonParams);
      let message: string;
      if (code !== 'invalid' && hasMessage(key)) message = translate(locale, key, values);
      else if (own !== null) message = own;
      else if (lone && whole !== null) message = whole;
      else if (locale === 'en') message = e.message;
      else message = withOriginal(translate(locale, 'validation.invalid', values), e.message);
      return { ...problem, field: e.field, code, params, message };
    });
    const code = String(body.code ?? 'invalid_input');
    let detail = body.detail;
    const key = `problem.${String(body.messageKey ?? code)}`;
    if (code === ProblemCode.Validation) {
      detail = translate(locale, 'problem.validation', { fields: (errors ?? []).map((e) => e.message).join(' ') });
    } else if (body.status >= 500) {
      detail = translate(locale, key, { requestId: body.requestId });
    } else if (whole !== null) {
      detail = whole;
    } else if (locale !== 'en' && hasMessage(key)) {
      detail = withOriginal(translate(locale, key), body.detail);
    }
    const { messageKey: _unused, ...rest } = body;
    const params = body.reason ? { params: answeredParams(body.params ?? {}) } : {};
    // An import's row report (`problems`, what the import screens list) names the same rows as
    // errors[] (field `line N: column`): each row gets its error's message in the reader's language.
    const rows = Array.isArray(body.problems) && errors ? { problems: localisedRows(body, errors) } : {};
    return { ...rest, detail, code, ...params, ...(errors ? { errors } : {}), ...rows };
  }

  private toProblem(e: unknown, requestId: string): ProblemDetails {
    if (e instanceof DomainError) {
      return problem(STATUS_OF[e.code], e.message, e.code, {
        ...e.details.extra,
        reason: e.reason,
        params: e.params,
        ...(e.details.errors ? { errors: e.details.errors } : {}),
      });
    }
    if (e instanceof RequestValidationError) {
      return problem(
        400,
        `Invalid input: ${e.problems.map((p) => `${p.field} (${p.message})`).join('; ')}`,
        'validation',
        { errors: e.problems },
      );
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const res = e.getResponse();
      const detail = typeof res === 'string' ? res : String((res as { message?: unknown }).message ?? e.message);
      return problem(
        status,
        Array.isArray((res as { message?: unknown }).message)
          ? (res as { message: string[] }).message.join('; ')
          : detail,
        HTTP_CODES[status],
      );
    }
    // PostgreSQL went away (restart, failover, terminated backend): not the input's fault; the client may retry.
    if (isConnectionError(e))
      return problem(503, 'The database is briefly unavailable. Try again in a few seconds.', 'unavailable', {
        requestId,
        retryAfterSeconds: 5,
      });
    const pg = pgErrorOf(e);
    if (pg) {
      const mapped = this.fromDatabase(pg.code);
      if (mapped) {
        this.logger.warn({ code: pg.code, constraint: pg.constraint, requestId }, 'database refused a write');
        return mapped;
      }
    }
    const fastify = e as { statusCode?: unknown; code?: unknown; message?: unknown };
    if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
      return problem(
        fastify.statusCode,
        this.fastifyMessage(String(fastify.code), String(fastify.message)),
        HTTP_CODES[fastify.statusCode] ?? 'invalid_input',
        /JSON/i.test(String(fastify.message)) && fastify.statusCode === 400 ? { messageKey: 'badJson' } : {},
      );
    }
    return problem(500, `An unexpected error occurred. Quote request id ${requestId} when reporting it.`, 'internal', {
      requestId,
    });
  }

  /**
   * Known database refusals as 4xx. The constraint's name stays in the log: in a body it would
   * tell outsiders about the schema (and, for a unique address, that the address exists).
   */
  private fromDatabase(code: string): ProblemDetails | null {
    switch (code) {
      case PgErrorCode.UniqueViolation:
        return problem(409, 'This would create a duplicate of an existing record.', 'conflict', {
          messageKey: 'duplicate',
        });
      case PgErrorCode.ExclusionViolation:
        return problem(409, 'This overlaps an existing record.', 'conflict', { messageKey: 'overlap' });
      case PgErrorCode.ForeignKeyViolation:
        return problem(
          422,
          'This refers to a record that does not exist or is still referenced elsewhere.',
          'unprocessable',
        );
      case PgErrorCode.CheckViolation:
      case PgErrorCode.NotNullViolation:
        return problem(422, 'The data breaks a rule of the database.', 'unprocessable');
      case PgErrorCode.InvalidTextRepresentation:
      case PgErrorCode.InvalidDatetimeFormat:
      case PgErrorCode.DatetimeOutOfRange:
      case PgErrorCode.NumericOutOfRange:
      case PgErrorCode.StringTooLong:
      case PgErrorCode.UntranslatableCharacter:
      case PgErrorCode.CharacterNotInRepertoire:
        return problem(400, 'A value has the wrong format or is out of range.', 'invalid_input', {
          messageKey: 'malformed',
        });
      default:
        return null;
    }
  }

  private fastifyMessage(code: string, message: string): string {
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'Send the body as application/json.';
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'The request body is too large.';
    if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'The JSON body is empty.';
    if (/JSON/i.test(message)) return 'The body is not valid JSON.';
    return message;
  }
}

/**
 * The row report with the messages of the matching errors[] entries (same `line N: column` field,
 * taken in order when a field repeats). Only a row whose error has its own reason or code is
 * rewritten: a lone row without one keeps its sentence (errors[] would give it the whole file's message).
 */
function localisedRows(body: ProblemDetails, localised: { field: string; message: string }[]): unknown[] {
  const queue = new Map<string, { message: string; own: boolean }[]>();
  localised.forEach((e, i) => {
    const raw = body.errors?.[i];
    const own = Boolean(raw?.reason) || (raw?.code ?? 'invalid') !== 'invalid';
    queue.set(e.field, [...(queue.get(e.field) ?? []), { message: e.message, own }]);
  });
  return (body.problems as Record<string, unknown>[]).map((p) => {
    const match = queue.get(rowProblemField(Number(p.line), p.column as string | undefined))?.shift();
    return match?.own ? { ...p, message: match.message } : p;
  });
}
