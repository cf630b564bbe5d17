import { EntityManager } from 'typeorm';
import { DomainError, RowProblem, rowProblemsError } from '@tamago/core';
import { PgErrorCode, isPgError } from './pg-errors';
import { TransactionRunner } from './transaction-runner';

/** A row that passed the format checks, ready to write. */
export interface ParsedRow<T> {
  line: number;
  input: T;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  ids: string[];
}

/** How a row is written and how its failures are reported. */
export interface ImportWriter<T> {
  write(em: EntityManager, input: T): Promise<string>;
  /** The file's column for a domain error's field (e.g. 'contacts[0].nameKana' → '連絡先1フリガナ'). */
  columnOf(field: string): string;
  /** Column and message for a unique violation the checks could not foresee. */
  duplicate: { column: string; message: string; reason: string };
}

class DryRun extends Error {}

/**
 * Writes every parsed row in one transaction, each under a savepoint so that one failing row
 * does not hide the problems of the others. The transaction commits only when the file had no
 * problem at all (format problems included) and this is not a dry run.
 */
export async function runImport<T>(
  tx: TransactionRunner,
  facilityId: string,
  userId: string,
  opts: { dryRun: boolean; rowsChecked: number; problems: RowProblem[] },
  rows: ParsedRow<T>[],
  writer: ImportWriter<T>,
): Promise<ImportReport> {
  const problems = [...opts.problems];
  const ids: string[] = [];
  try {
    await tx.inFacility(
      facilityId,
      async (em) => {
        for (const row of rows) {
          await em.query('SAVEPOINT import_row');
          try {
            ids.push(await writer.write(em, row.input));
            await em.query('RELEASE SAVEPOINT import_row');
          } catch (e) {
            await em.query('ROLLBACK TO SAVEPOINT import_row');
            problems.push(...problemsOf(e, row.line, writer));
          }
        }
        if (problems.length > 0) throw rowProblemsError(sortByLine(problems), opts.rowsChecked);
        if (opts.dryRun) throw new DryRun();
      },
      userId,
    );
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
    return { dryRun: true, rows: opts.rowsChecked, created: 0, ids: [] };
  }
  return { dryRun: false, rows: opts.rowsChecked, created: ids.length, ids };
}

function problemsOf<T>(e: unknown, line: number, writer: ImportWriter<T>): RowProblem[] {
  if (isPgError(e, PgErrorCode.UniqueViolation)) return [{ line, ...writer.duplicate }];
  if (!(e instanceof DomainError)) throw e;
  const errors = e.details.errors ?? [{ field: '', message: e.message }];
  return errors.map((err) => ({
    line,
    column: err.field ? writer.columnOf(err.field) : '',
    message: err.message,
    reason: err.reason ?? e.reason,
    params: err.reasonParams ?? e.params,
  }));
}

/** Problems by line, keeping the column order within a line. */
export function sortByLine(problems: RowProblem[]): RowProblem[] {
  return problems
    .map((p, i) => [p, i] as const)
    .sort((a, b) => a[0].line - b[0].line || a[1] - b[1])
    .map(([p]) => p);
}
