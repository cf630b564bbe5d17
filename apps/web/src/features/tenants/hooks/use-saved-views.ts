import { useLocalStorage } from '@mantine/hooks';
import type { TenantSearch } from '../api/tenant-search';

export interface SavedView {
  name: string;
  search: TenantSearch;
}

/**
 * Saved views of the tenant list, kept per user on this browser. The API has no place for UI
 * preferences yet; when it does, only this hook changes.
 */
export function useSavedViews(userId: string) {
  const [views, setViews] = useLocalStorage<SavedView[]>({ key: `tamago.tenants.views.${userId}`, defaultValue: [] });
  const save = (name: string, search: TenantSearch) =>
    setViews((prev) => [...prev.filter((v) => v.name !== name), { name, search: { ...search, page: undefined } }]);
  const remove = (name: string) => setViews((prev) => prev.filter((v) => v.name !== name));
  return { views, save, remove };
}
