import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/api-error';

/** One query client for the app: client errors (4xx) are never retried, other failures once. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 1,
      },
      mutations: { retry: false },
    },
  });
}
