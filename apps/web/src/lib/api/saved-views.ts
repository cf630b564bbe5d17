import type { Schema } from '@tamago/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';

export type SavedViewList = Schema<'SaveViewDto'>['list'];
export type SavedView = Schema<'SavedViewDto'>;

const key = (list: SavedViewList) => ['me', 'saved-views', list] as const;

/** The signed-in user's saved views of a list, kept on the server (they follow the user to any browser). */
export function useSavedViews(list: SavedViewList) {
  const queryClient = useQueryClient();
  const views = useQuery({
    queryKey: key(list),
    queryFn: () => unwrap(api.GET('/api/v1/me/saved-views', { params: { query: { list } } })),
    staleTime: 60_000,
  });
  const invalidate = () => void queryClient.invalidateQueries({ queryKey: key(list) });
  const save = useMutation({
    mutationFn: (v: { name: string; search: Record<string, unknown>; columns: string[] | null }) =>
      unwrap(api.PUT('/api/v1/me/saved-views', { body: { list, ...v } })),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/me/saved-views/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
  return { views: views.data?.items ?? [], save, remove };
}
