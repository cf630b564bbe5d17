import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '@/lib/api/client';

type TenantSelectProps = Omit<SelectProps, 'data' | 'searchable' | 'onSearchChange' | 'searchValue'> & {
  /** Tenants that must be offered first, with their names (a credit's candidates). */
  preferred?: { id: string; name: string }[];
};

/** Picks a tenant by name or kana, searched on the server (a facility has over a hundred). */
export function TenantSelect({ preferred = [], ...props }: TenantSelectProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const list = useQuery({
    queryKey: ['tenants', 'list', { q, limit: 20, sort: 'name', picker: true }],
    queryFn: () =>
      unwrap(api.GET('/api/v1/tenants', { params: { query: { q: q || undefined, limit: 20, sort: 'name' } } })),
    placeholderData: keepPreviousData,
  });
  const seen = new Set(preferred.map((p) => p.id));
  const data = [
    ...preferred.map((p) => ({ value: p.id, label: p.name })),
    ...(list.data?.items ?? []).filter((t) => !seen.has(t.id)).map((t) => ({ value: t.id, label: t.name })),
  ];
  return (
    <Select
      {...props}
      data={data}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage="—"
    />
  );
}
