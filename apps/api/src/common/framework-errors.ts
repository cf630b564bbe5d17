import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemCode, negotiateLocale, translate } from '@tamago/i18n';
import { problem } from './problem-details';

/**
 * Fastify answers a path parameter longer than its router allows (414) and a URL it cannot
 * decode (400) before any route, hook or Nest filter runs. This gives those answers the same
 * problem-details body as every other error, in the reader's language.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const locale = negotiateLocale(request.headers['accept-language']);
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const status = tooLong ? 414 : 400;
  const code = tooLong ? ProblemCode.UriTooLong : ProblemCode.InvalidInput;
  const body = problem(status, translate(locale, `problem.${code}`), code, {
    title: tooLong ? 'URI Too Long' : 'Bad Request',
  });
  void reply
    .status(status)
    .header('Content-Type', 'application/problem+json; charset=utf-8')
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'no-store')
    .send(body);
}
