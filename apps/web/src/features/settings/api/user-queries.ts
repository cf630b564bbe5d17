import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
};

export const usersQueries = {
  list: () =>
    queryOptions({
      queryKey: userKeys.lists(),
      queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { limit: 100 } } })),
    }),
};
