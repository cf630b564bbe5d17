import { UnsupportedMediaTypeException } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { FieldProblem, unsafeTextReason } from '@tamago/core';
import { ValidationCode } from '@tamago/i18n';
import { RequestValidationError } from './validation';

/** Deepest nesting a request body may have; every DTO of the API is far shallower. */
export const MAX_JSON_DEPTH = 16;
/** Enough to show what is wrong without turning a hostile body into a huge answer. */
const MAX_PROBLEMS = 20;

const MESSAGES: Record<string, string> = {
  [ValidationCode.ControlCharacter]: 'must not contain control characters (such as NUL)',
  [ValidationCode.BidiControl]: 'must not contain characters that change the text direction (such as U+202E)',
  [ValidationCode.TooDeep]: `is nested deeper than ${MAX_JSON_DEPTH} levels`,
};

const pathOf = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

function problemAt(field: string, code: string): FieldProblem {
  const params = code === ValidationCode.TooDeep ? { max: MAX_JSON_DEPTH } : {};
  return { field: field || 'body', code, params, message: `${field || 'body'} ${MESSAGES[code]}` };
}

/**
 * Every problem of a parsed body or query: nesting deeper than MAX_JSON_DEPTH, and text
 * (values and keys) with control characters or direction overrides. Iterative, so a hostile
 * 100,000-deep array costs a loop, not the stack class-transformer would overflow.
 */
export function inputProblems(root: unknown, rootPath = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: [unknown, string, number][] = [[root, rootPath, 0]];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) problems.push(problemAt(path, reason));
      continue;
    }
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (depth >= MAX_JSON_DEPTH) {
      problems.push(problemAt(path, ValidationCode.TooDeep));
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value as Record<string, unknown>);
    for (const [key, child] of entries.reverse()) {
      const childPath = pathOf(path, key);
      const keyReason = typeof key === 'string' ? unsafeTextReason(key) : null;
      if (keyReason) problems.push(problemAt(childPath, keyReason));
      else stack.push([child, childPath, depth + 1]);
    }
  }
  return problems;
}

const FORM = /^application\/x-www-form-urlencoded/i;

/**
 * The one check of every request's input before Nest, class-transformer or PostgreSQL see it:
 * JSON routes take JSON (a form-encoded body is 415), bodies are not nested absurdly deep, and
 * no text of the body or query holds NUL, other control characters or bidi overrides. A
 * failure is the usual 400 validation problem naming the field with its code.
 */
export function guardRequestInput(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (req: FastifyRequest) => {
      if (FORM.test(String(req.headers['content-type'] ?? ''))) {
        throw new UnsupportedMediaTypeException('Send the body as application/json.');
      }
      const problems = [...inputProblems(req.query), ...inputProblems(req.body)];
      if (problems.length > 0) throw new RequestValidationError(problems);
    });
}
