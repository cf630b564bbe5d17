import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** A 200 answered with file bytes of the given media types (e.g. `application/pdf`). */
export function ApiFileResponse(mediaTypes: string | string[], description: string): MethodDecorator {
  const types = Array.isArray(mediaTypes) ? mediaTypes : [mediaTypes];
  return applyDecorators(
    ApiProduces(...types),
    ApiOkResponse({
      description,
      content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
    }),
  );
}
