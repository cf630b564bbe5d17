import { Group, Pagination, Paper, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type VisibilityState,
} from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';

export interface DataTableProps<T> {
  /** Names the table for screen readers. */
  caption: string;
  data: T[];
  columns: ColumnDef<T, unknown>[];
  total: number;
  /** Server paging: zero-based page and page size. */
  page: number;
  pageSize: number;
  onPageChange?: (page: number) => void;
  /** Server sort key as the API names it (`name`, `-name`). */
  sort?: string;
  onSortChange?: (sort: string) => void;
  columnVisibility?: VisibilityState;
  loading?: boolean;
}

/** A server-paged, server-sorted table on TanStack Table with Mantine's look. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const { caption, data, columns, total, page, pageSize, sort } = props;
  // TanStack Table returns functions React Compiler must not memoize; this component does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    state: { columnVisibility: props.columnVisibility ?? {} },
  });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  const sortIcon = (id: string) =>
    sort === id ? (
      <IconArrowUp size={14} aria-hidden />
    ) : sort === `-${id}` ? (
      <IconArrowDown size={14} aria-hidden />
    ) : (
      <IconSelector size={14} aria-hidden />
    );
  const ariaSort = (id: string) => (sort === id ? 'ascending' : sort === `-${id}` ? 'descending' : 'none');
  return (
    <Paper withBorder radius="md">
      <ScrollArea type="auto">
        <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" style={{ minWidth: 720 }}>
          <caption className="visually-hidden">{caption}</caption>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const sortable = header.column.columnDef.meta?.sortKey;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <Table.Th
                      key={header.id}
                      aria-sort={sortable ? ariaSort(sortable) : undefined}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {sortable && props.onSortChange ? (
                        <UnstyledButton
                          onClick={() => props.onSortChange?.(sort === sortable ? `-${sortable}` : sortable)}
                          fw={700}
                          fz="sm"
                        >
                          <Group gap={4} wrap="nowrap">
                            {label}
                            {sortIcon(sortable)}
                          </Group>
                        </UnstyledButton>
                      ) : (
                        label
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id} ta={cell.column.columnDef.meta?.align}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {data.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed" ta="center" py="lg">
                    {props.loading ? t('states.loading') : t('states.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between" p="sm">
        <Text size="sm" c="dimmed">
          {t('table.page', { from, to, total })}
        </Text>
        {pages > 1 && props.onPageChange && (
          <Pagination
            total={pages}
            value={page + 1}
            onChange={(p) => props.onPageChange?.(p - 1)}
            size="sm"
            getControlProps={(control) => ({ 'aria-label': t(`table.${control}` as never) })}
            aria-label={t('table.pagination')}
          />
        )}
      </Group>
    </Paper>
  );
}
