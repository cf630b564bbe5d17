import { Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SimpleColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  align?: 'left' | 'right';
}

interface SimpleTableProps<T> {
  caption: string;
  rows: T[];
  columns: SimpleColumn<T>[];
  rowKey: (row: T) => string;
  empty: string;
  loading?: boolean;
}

/** A small read-only table for a page section (no paging); the caption names it for screen readers. */
export function SimpleTable<T>({ caption, rows, columns, rowKey, empty, loading }: SimpleTableProps<T>) {
  return (
    <Paper withBorder radius="md">
      <Table striped verticalSpacing="xs" horizontalSpacing="md">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.header} ta={c.align}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={rowKey(r)}>
              {columns.map((c) => (
                <Table.Td key={c.header} ta={c.align}>
                  {c.cell(r)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text c="dimmed" ta="center" py="sm" size="sm">
                  {loading ? '…' : empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
