import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@tamago/core';
import { TokenPair } from '@tamago/identity';
import { ApiError } from '../errors';

/** The refresh token's cookie: HttpOnly (no script reads it), sent only to the auth routes, never cross-site. */
export const REFRESH_COOKIE = 'tamago_refresh';
const COOKIE_PATH = '/api/v1/auth';

/** A client that wants the refresh token as a cookie (the web app) says so with this header. */
export function wantsCookie(req: FastifyRequest): boolean {
  return req.headers['x-auth-transport'] === 'cookie';
}

/** Puts the refresh token in the cookie and leaves it out of the body, so the page's script never holds it. */
export function sendRefreshCookie(
  reply: FastifyReply,
  pair: TokenPair,
  ttlDays: number,
): Omit<TokenPair, 'refreshToken'> {
  void reply.setCookie(REFRESH_COOKIE, pair.refreshToken, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    maxAge: ttlDays * 24 * 60 * 60,
  });
  const { refreshToken: _omitted, ...rest } = pair;
  return rest;
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH, httpOnly: true, secure: true, sameSite: 'strict' });
}

/** The refresh token from the JSON body (CLI, tests) or else from the cookie (web app). */
export function refreshTokenOf(req: FastifyRequest, fromBody: string | undefined): string {
  const token = fromBody ?? req.cookies?.[REFRESH_COOKIE];
  if (!token)
    throw new DomainError(ErrorCode.Unauthenticated, ApiError.NoRefreshToken, 'No refresh token: log in again.');
  return token;
}
