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
import { ParsedRow, TransactionRunner, runImport } from '@tamago/database';
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
    const problems: RowProblem[] = [];
    const parsed = table.rows.map((row) => this.parseRow(row, cols, problems));
    const codes = parsed.filter((p) => p !== null).map((p) => p!.input.spaceCode!);
    // Each meter's rows in date order, so a file may hold several months of one meter in any order.
    const rows: ParsedRow<NewMeterReading>[] = parsed
      .filter((p) => p !== null)
      .sort((a, b) => (a!.input.readOn < b!.input.readOn ? -1 : a!.input.readOn > b!.input.readOn ? 1 : 0))
      .map((p) => ({ line: p!.row.line, input: p!.input }));
    let spaces: Map<string, { id: string }> | undefined;
    const report = await runImport(
      this.tx,
      facilityId,
      userId,
      { dryRun, rowsChecked: table.rows.length, problems },
      rows,
      {
        write: async (em, input) => {
          spaces ??= await this.spaces.findByCodes(em, facilityId, codes);
          const space = spaces.get(input.spaceCode!);
          if (!space)
            throw DomainError.invalid(
              MeteringError.SpaceCodeUnknown,
              'spaceCode',
              `No space of this facility has code ${input.spaceCode}.`,
              { spaceCode: input.spaceCode },
            );
          const reading = await this.writer.write(em, facilityId, space.id, input, {
            source: 'csv',
            userId,
            apiKeyId: null,
          });
          return reading.id;
        },
        columnOf: (field) => meterColumn(field, cols.columnOf),
        duplicate: {
          column: cols.columnOf('readOn'),
          message: 'The meter already has a reading for that month.',
          reason: MeteringError.MonthAlreadyRead,
        },
      },
    );
    return { dryRun: report.dryRun, rows: report.rows, created: report.created };
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

/** The file's column for a domain error's field of one row ('replacement.newMeterInitial' → its column). */
function meterColumn(field: string, columnOf: (field: string) => string): string {
  const last = field.split('.').pop() ?? '';
  return last ? columnOf(last === 'replacement' ? 'isReplacement' : last) : '';
}

/** Turns a domain error of one row into problems on that row's columns. */
export function asRowProblems(e: unknown, line: number, columnOf: (field: string) => string): RowProblem[] {
  if (!(e instanceof DomainError)) throw e;
  const errors = e.details.errors ?? [{ field: '', message: e.message }];
  return errors.map((err) => ({
    line,
    column: err.field ? meterColumn(err.field, columnOf) : '',
    message: err.message,
    reason: err.reason ?? e.reason,
    params: err.reasonParams ?? e.params,
  }));
}
