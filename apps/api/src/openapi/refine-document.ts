import type { OpenAPIObject } from '@nestjs/swagger';
import { OPERATION_SUMMARIES } from './operation-summaries';
import { FIELD_ERROR_SCHEMA, PROBLEM_SCHEMA } from './problem-schema';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Parameter = {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string };
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const WRITES = new Set(['put', 'post', 'delete', 'patch']);

const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'Bad input: `errors[]` names each field with a code and a message',
  '401': 'Not signed in, or the token or API key is wrong',
  '403': 'Signed in, but this role may not do this',
  '404': "Unknown id (also any other facility's or tenant's)",
  '405': 'This method is never allowed here',
  '409': 'The current state forbids it (duplicate, overlap, illegal transition)',
  '413': 'The uploaded file is too large',
  '415': 'The body has the wrong media type',
  '422': 'Refers to something that does not exist or cannot be used here',
  '423': 'The account is locked',
  '429': 'Too many attempts: wait `Retry-After` seconds',
  '500': 'Unexpected: the body carries only a request id',
};

/** Statuses particular operations answer beyond what their shape implies. */
const EXTRA_STATUSES: Record<string, string[]> = {
  AuthController_login: ['401', '429'],
  AuthController_refresh: ['401'],
  InvoicesController_update: ['405'],
  InvoicesController_remove: ['405'],
};

/**
 * Completes the document the way every operation behaves: the problem-details schema on every
 * error status it can answer, integer paging, and the Japanese summary (English in the description).
 */
export function refineDocument(doc: OpenAPIObject): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas = { ...doc.components.schemas, Problem: PROBLEM_SCHEMA, FieldError: FIELD_ERROR_SCHEMA };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) refineOperation(path, method, op);
    }
  }
  return doc;
}

function refineOperation(path: string, method: string, op: Operation): void {
  // @Headers('idempotency-key') adds a bare required header beside the documented @ApiHeader: keep the latter.
  const parameters = ((op.parameters ?? []) as (Parameter & { description?: string })[]).filter(
    (p, _i, all) =>
      p.in !== 'header' ||
      p.description !== undefined ||
      !all.some((q) => q !== p && q.in === 'header' && q.name.toLowerCase() === p.name.toLowerCase()),
  );
  for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
    if (!parameters.some((p) => p.in === 'path' && p.name === name)) {
      parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    }
  }
  for (const p of parameters) {
    if (p.in === 'query' && (p.name === 'limit' || p.name === 'offset') && p.schema) p.schema.type = 'integer';
  }
  op.parameters = parameters as Operation['parameters'];
  const summary = OPERATION_SUMMARIES[op.operationId ?? ''];
  if (summary) {
    op.summary = summary.ja;
    op.description = [summary.en, op.description].filter(Boolean).join('\n\n');
  }
  const statuses = new Set<string>(['500', ...(EXTRA_STATUSES[op.operationId ?? ''] ?? [])]);
  if (parameters.length || op.requestBody) statuses.add('400');
  if (op.security?.length) statuses.add('401').add('403');
  if (parameters.some((p) => p.in === 'path')) statuses.add('404');
  if (WRITES.has(method)) statuses.add('409').add('422');
  if (op.requestBody && JSON.stringify(op.requestBody).includes('multipart/form-data')) statuses.add('413').add('415');
  for (const status of [...statuses].sort()) {
    op.responses[status] ??= {
      description: ERROR_DESCRIPTIONS[status] ?? 'Error',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
}
