import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { ApiPropertyOptional, ApiQuery } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Observable, map } from 'rxjs';
import { DomainError } from '@tamago/core';
import { ApiError } from '../errors';

/** Reads an optional non-negative integer query parameter within [min, max]; 400 naming it otherwise. */
function intParam(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw DomainError.invalid(
      ApiError.PageParamInvalid,
      field,
      `${field} must be an integer from ${min} to ${max}.`,
      { min, max },
      'integerRange',
    );
  return n;
}

/**
 * Pages a short list the handler answers whole (`{ items, total }`, or a bare array): `limit` and
 * `offset` cut the items, `total` (when the list has one) stays the whole count. Without `limit`
 * every item is answered, as before.
 */
@Injectable()
export class InMemoryPageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const query = (context.switchToHttp().getRequest<{ query?: Record<string, unknown> }>().query ?? {}) as Record<
      string,
      unknown
    >;
    const limit = intParam(query.limit, 'limit', 1, 200);
    const offset = intParam(query.offset, 'offset', 0, 1_000_000) ?? 0;
    return next.handle().pipe(
      map((body: unknown) => {
        if (Array.isArray(body)) return body.slice(offset, limit === undefined ? undefined : offset + limit);
        if (!body || typeof body !== 'object' || !Array.isArray((body as { items?: unknown }).items)) return body;
        const page = body as { items: unknown[]; total?: number };
        const items = page.items.slice(offset, limit === undefined ? undefined : offset + limit);
        // total stays the whole count (lists without one keep their shape).
        return { ...page, items };
      }),
    );
  }
}

/** Optional limit/offset for a query DTO whose list is paged by InMemoryPage (default: every item). */
export class OptionalPageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, description: 'at most this many items (default: all)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

/**
 * limit/offset on a list answered whole by its service (short lists: settings, room types, a
 * survey's tenants). `inQueryDto`: the route's query DTO extends OptionalPageQueryDto, which
 * documents and validates them.
 */
export function InMemoryPage(opts: { inQueryDto?: boolean } = {}): MethodDecorator {
  if (opts.inQueryDto) return UseInterceptors(InMemoryPageInterceptor);
  return applyDecorators(
    ApiQuery({
      name: 'limit',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 200 },
      description: 'at most this many items (default: all)',
    }),
    ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0, default: 0 } }),
    UseInterceptors(InMemoryPageInterceptor),
  );
}
