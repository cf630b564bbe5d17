import type { QueryClient } from '@tanstack/react-query';

/** What every route's beforeLoad and loader receive. The session is read through the `me` query. */
export interface RouterContext {
  queryClient: QueryClient;
}
