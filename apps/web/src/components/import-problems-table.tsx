import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One bad cell of an uploaded CSV, as the API reports it (nothing is written while any row is wrong). */
export interface RowProblem {
  line: number;
  column: string;
  message: string;
}

export function rowProblemsOf(body: Record<string, unknown>): RowProblem[] {
  return Array.isArray(body.problems) ? (body.problems as RowProblem[]) : [];
}

/** The per-row error report of an import: line, column and what is wrong, in the reader's language. */
export function ImportProblemsTable({ problems }: { problems: RowProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ScrollArea.Autosize mah={320}>
      <Table striped withTableBorder>
        <caption className="visually-hidden">{t('import.report')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.line')}</Table.Th>
            <Table.Th>{t('import.column')}</Table.Th>
            <Table.Th>{t('import.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.line}-${p.column}-${i}`}>
              <Table.Td>{p.line}</Table.Td>
              <Table.Td>{p.column}</Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
