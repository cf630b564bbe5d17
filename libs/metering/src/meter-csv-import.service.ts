import { Injectable } from '@nestjs/common';
import {
  CsvColumn,
  CsvColumns,
  CsvRow,
  DomainError,
  RowProblem,
  mapColumns,
  parseBooleanCell,
  parseIntegerCell,
  readCsvTable,
  rowProblemsError,
} from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { SpaceService } from '@tamago/spaces';
import { MeterKind } from './domain';
import { NewMeterReading } from './meter-reading-input';
import { MeterReadingWriter } from './meter-reading-writer';
import { MeteringError } from './errors';

const MAX_READING = 999_999_999_999;

/** The columns of a meter-reading file; headers in Japanese or English. */
export const METER_CSV_COLUMNS: CsvColumn[] = [
  { field: 'spaceCode', headers: ['居室コード'], required: true },
  { field: 'kind', headers: ['種別'], required: true },
  { field: 'readOn', headers: ['検針日'], required: true },
  { field: 'value', headers: ['指示数'], required: true },
  { field: 'isReplacement', headers: ['メーター交換'] },
  { field: 'oldMeterFinal', headers: ['旧メーター最終指示数'] },
  { field: 'newMeterInitial', headers: ['新メーター初期指示数'] },
];

const KIND_NAMES: Record<string, MeterKind> = {
  electricity: 'electricity',
  電気: 'electricity',
  電力: 'electricity',
  water: 'water',
  水道: 'water',
  gas: 'gas',
  ガス: 'gas',
};

/** What an upload did (or, in a dry run, would do). */
export interface MeterImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
}

/** Thrown inside the transaction to roll a dry run back after every row was checked. */
class DryRun extends Error {}

/**
 * Uploads a file of readings, all or nothing: every row is checked (format, known space, the
 * same rules as manual entry, rows of one meter in date order) inside one transaction, and the
 * transaction commits only when no row has a problem; otherwise every problem is reported.
 */
@Injectable()
export class MeterCsvImportService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly spaces: SpaceService,
    private readonly writer: MeterReadingWriter,
  ) {}

  /** Imports the file; 400 with every bad row (line, column, reason) and nothing written when any is bad. */
  async importCsv(
    facilityId: string,
    userId: string,
    file: Buffer | string,
    dryRun: boolean,
  ): Promise<MeterImportReport> {
    const table = readCsvTable(file);
    const cols = mapColumns(table, METER_CSV_COLUMNS);
    if (cols.problems.length > 0) throw rowProblemsError(cols.problems, table.rows.length);
    if (table.rows.length === 0)
      throw DomainError.invalid(MeteringError.NoRows, 'file', 'The file has a header but no rows.');
    const report = { dryRun, rows: table.rows.length, created: dryRun ? 0 : table.rows.length };
    try {
      await this.tx.inFacility(
        facilityId,
        async (em) => {
          const problems: RowProblem[] = [];
          const parsed = table.rows.map((row) => this.parseRow(row, cols, problems));
          const codes = parsed.filter((p) => p !== null).map((p) => p!.input.spaceCode!);
          const spaces = await this.spaces.findByCodes(em, facilityId, codes);
          // Each meter's rows in date order, so a file may hold several months of one meter in any order.
          const ordered = parsed
            .filter((p) => p !== null)
            .sort((a, b) => (a!.input.readOn < b!.input.readOn ? -1 : a!.input.readOn > b!.input.readOn ? 1 : 0));
          for (const p of ordered) {
            const { row, input } = p!;
            const space = spaces.get(input.spaceCode!);
            if (!space) {
              problems.push({
                line: row.line,
                column: cols.columnOf('spaceCode'),
                message: `No space has code ${input.spaceCode}.`,
              });
              continue;
            }
            try {
              await this.writer.write(em, facilityId, space.id, input, { source: 'csv', userId, apiKeyId: null });
            } catch (e) {
              problems.push(...asRowProblems(e, row.line, cols.columnOf));
            }
          }
          if (problems.length > 0) throw rowProblemsError(sortProblems(problems), table.rows.length);
          if (dryRun) throw new DryRun();
        },
        userId,
      );
    } catch (e) {
      if (!(e instanceof DryRun)) throw e;
    }
    return report;
  }

  /** Reads one row's cells; problems go to `problems` (all of them, not just the first) and the row is skipped. */
  private parseRow(
    row: CsvRow,
    cols: CsvColumns,
    problems: RowProblem[],
  ): { row: CsvRow; input: NewMeterReading } | null {
    const before = problems.length;
    const cell = (r: CsvRow, field: string) => cols.cell(r, field);
    const attempt = <T>(field: string, read: () => T): T | undefined => {
      try {
        return read();
      } catch (e) {
        problems.push(...asRowProblems(e, row.line, () => cols.columnOf(field)));
        return undefined;
      }
    };
    const spaceCode = attempt('spaceCode', () => required(cell(row, 'spaceCode'), 'spaceCode'));
    const kind = attempt('kind', () => {
      const k = KIND_NAMES[cell(row, 'kind').toLowerCase()];
      if (!k)
        throw DomainError.invalid(
          MeteringError.CsvKindUnknown,
          'kind',
          'kind must be electricity, water or gas (電気, 水道, ガス).',
        );
      return k;
    });
    const readOn = attempt('readOn', () => required(cell(row, 'readOn'), 'readOn').replace(/\//g, '-'));
    const value = attempt('value', () => parseIntegerCell(cell(row, 'value'), 'value', 0, MAX_READING));
    const isReplacement = attempt('isReplacement', () => parseBooleanCell(cell(row, 'isReplacement'), 'isReplacement'));
    const optional = (field: string) =>
      attempt(field, () =>
        cell(row, field) === '' ? null : parseIntegerCell(cell(row, field), field, 0, MAX_READING),
      );
    const oldMeterFinal = optional('oldMeterFinal');
    const newMeterInitial = optional('newMeterInitial');
    if (problems.length > before) return null;
    return {
      row,
      input: { spaceCode, kind: kind!, readOn: readOn!, value: value!, isReplacement, oldMeterFinal, newMeterInitial },
    };
  }
}

function required(text: string, field: string): string {
  if (text === '') throw DomainError.invalid(MeteringError.Required, field, `${field} is required.`, { field });
  return text;
}

/** Turns a domain error of one row into problems on that row's columns. */
export function asRowProblems(e: unknown, line: number, columnOf: (field: string) => string): RowProblem[] {
  if (!(e instanceof DomainError)) throw e;
  const errors = e.details.errors ?? [{ field: '', message: e.message }];
  return errors.map((err) => {
    const field = err.field.split('.').pop() ?? '';
    return {
      line,
      column: field ? columnOf(field === 'replacement' ? 'isReplacement' : field) : '',
      message: err.message,
      reason: err.reason ?? e.reason,
      params: err.reasonParams ?? e.params,
    };
  });
}

function sortProblems(problems: RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
