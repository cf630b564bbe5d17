import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiClient, createApiClient } from '@tamago/api-client';

/**
 * A fetch that answers from the in-process API through Fastify's inject (no port), so the
 * generated client runs in tests exactly as the web app runs it against a server.
 */
export function injectFetch(app: NestFastifyApplication): typeof fetch {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const res = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers.entries()),
      ...(body ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const empty = res.statusCode === 204 || res.statusCode === 304 || request.method === 'HEAD';
    return new Response(empty ? null : res.rawPayload, { status: res.statusCode, headers });
  };
}

/** The generated client against the test app, optionally signed in with a token. */
export function apiClient(
  app: NestFastifyApplication,
  token?: string,
  headers: Record<string, string> = {},
): ApiClient {
  return createApiClient('http://tamago.test', {
    fetch: injectFetch(app),
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  });
}
