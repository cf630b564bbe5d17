import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths, operations } from './schema';

/** A schema of the API by name, e.g. `Schema<'TenantDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The problem-details body of every 4xx/5xx answer. */
export type Problem = Schema<'Problem'>;

/** The typed client of the Tamago API (openapi-fetch over the generated `paths`). */
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** A fetch to use instead of the global one (tests, server-side rendering). */
  fetch?: ClientOptions['fetch'];
  /** Headers sent with every request, e.g. `Authorization` or `Accept-Language`. */
  headers?: Record<string, string>;
}

/**
 * Creates a client for the API at `baseUrl` (the origin, e.g. `http://localhost:3000`; paths in
 * the document start with `/api/v1`). Works in browsers and in Node: no Node or Nest imports here.
 */
export function createApiClient(baseUrl: string, options: ApiClientOptions = {}): ApiClient {
  return createClient<paths>({
    baseUrl: baseUrl.replace(/\/$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: options.headers,
  });
}
