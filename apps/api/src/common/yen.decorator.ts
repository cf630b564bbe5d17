import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Largest amount a single yen field accepts unless a DTO says otherwise (¥100,000,000). */
export const MAX_YEN = 100_000_000;

/** A non-negative amount of integer yen (no fractions: money is never a float), documented in OpenAPI. */
export function IsYen(options: { optional?: boolean; max?: number; description?: string } = {}): PropertyDecorator {
  const max = options.max ?? MAX_YEN;
  const doc = { type: 'integer' as const, minimum: 0, maximum: max, description: options.description };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(options.optional ? [IsOptional()] : []),
    IsInt(),
    Min(0),
    Max(max),
  );
}
