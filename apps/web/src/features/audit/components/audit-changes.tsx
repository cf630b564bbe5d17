import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface AuditChangesProps {
  changes: Record<string, unknown>;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Each changed field with its value before and after. */
export function AuditChanges({ changes }: AuditChangesProps) {
  const { t } = useTranslation('audit');
  const rows = Object.entries(changes).map(([field, v]) => {
    const pair = (typeof v === 'object' && v !== null ? v : { after: v }) as { before?: unknown; after?: unknown };
    return { field, before: pair.before, after: pair.after };
  });
  if (rows.length === 0) return null;
  return (
    <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('field')}</Table.Th>
          <Table.Th>{t('before')}</Table.Th>
          <Table.Th>{t('after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.field}>
            <Table.Td>
              <Code>{r.field}</Code>
            </Table.Td>
            <Table.Td c="red.9" style={{ wordBreak: 'break-all' }}>
              {show(r.before)}
            </Table.Td>
            <Table.Td c="teal.9" style={{ wordBreak: 'break-all' }}>
              {show(r.after)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
