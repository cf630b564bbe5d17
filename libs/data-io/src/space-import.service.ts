import { Injectable } from '@nestjs/common';
import {
  CsvColumn,
  CsvColumns,
  CsvRow,
  DomainError,
  RowProblem,
  mapColumns,
  parseIntegerCell,
  readCsvTable,
  rowProblemsError,
} from '@tamago/core';
import { ImportReport, ParsedRow, TransactionRunner, runImport } from '@tamago/database';
import { SPACE_STATUSES, SpaceInput, SpaceService, normalizeAreaSqm } from '@tamago/spaces';
import { listCell, optionalText, textCell } from './cells';
import { SPACE_STATUS_LABELS, choices, codeOf } from './labels';
import { DataIoError } from './errors';

const MAX_YEN = 100_000_000;

/** The columns of a space file (the Japanese headers are those of the space export). */
export const SPACE_CSV_COLUMNS: CsvColumn[] = [
  { field: 'code', headers: ['居室コード'], required: true },
  { field: 'building', headers: ['建物'] },
  { field: 'floor', headers: ['階'] },
  { field: 'type', headers: ['居室タイプ'], required: true },
  { field: 'areaSqm', headers: ['面積'], required: true },
  { field: 'monthlyRent', headers: ['月額賃料'], required: true },
  { field: 'commonAreaFee', headers: ['共益費'] },
  { field: 'status', headers: ['状態'] },
  { field: 'equipment', headers: ['設備'] },
  { field: 'notes', headers: ['備考'] },
];

/**
 * Onboards spaces from a CSV file, all or nothing. The room type is given by its code or its
 * Japanese name and must be one of the facility's room types.
 */
@Injectable()
export class SpaceImportService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly spaces: SpaceService,
  ) {}

  /** Imports the file (or only checks it when `dryRun`); 400 listing every bad row, nothing written. */
  async importCsv(facilityId: string, userId: string, file: Buffer | string, dryRun: boolean): Promise<ImportReport> {
    const table = readCsvTable(file);
    const cols = mapColumns(table, SPACE_CSV_COLUMNS, ['ID']);
    if (cols.problems.length > 0) throw rowProblemsError(cols.problems, table.rows.length);
    if (table.rows.length === 0)
      throw DomainError.invalid(DataIoError.NoRows, 'file', 'The file has a header but no rows.');
    const types = await this.spaces.listTypes(facilityId);
    const typeCode = (cell: string) => types.find((t) => t.code === cell || t.nameJa === cell)?.code;
    const problems: RowProblem[] = [];
    const rows: ParsedRow<SpaceInput>[] = [];
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const input = parseSpaceRow(row, cols, problems, typeCode, types.map((t) => t.code).join(', '));
      if (!input) continue;
      const first = seen.get(input.code);
      if (first !== undefined) {
        problems.push({
          line: row.line,
          column: cols.columnOf('code'),
          message: `The same space code is on line ${first}.`,
          reason: DataIoError.SpaceCodeRepeated,
          params: { first },
        });
        continue;
      }
      seen.set(input.code, row.line);
      rows.push({ line: row.line, input });
    }
    return runImport(this.tx, facilityId, userId, { dryRun, rowsChecked: table.rows.length, problems }, rows, {
      write: (em, input) => this.spaces.createWithin(em, facilityId, input),
      columnOf: (field) => cols.columnOf(field === 'typeId' ? 'type' : field),
      duplicate: {
        column: cols.columnOf('code'),
        message: 'A space with this code already exists.',
        reason: DataIoError.SpaceCodeTaken,
      },
    });
  }
}

function parseSpaceRow(
  row: CsvRow,
  cols: CsvColumns,
  problems: RowProblem[],
  typeCode: (cell: string) => string | undefined,
  knownTypes: string,
): SpaceInput | null {
  const before = problems.length;
  const cell = (field: string) => cols.cell(row, field);
  const read = <T>(field: string, parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      problems.push({
        line: row.line,
        column: cols.columnOf(field),
        message: e.message,
        reason: e.reason,
        params: e.params,
      });
      return undefined;
    }
  };
  const input: SpaceInput = {
    code: read('code', () => textCell(cell('code'), 'code', 32)) ?? '',
    building: read('building', () => optionalText(cell('building'), 'building', 100)),
    floor: read('floor', () => optionalText(cell('floor'), 'floor', 16)),
    type: read('type', () => {
      const code = typeCode(cell('type'));
      if (!code)
        throw DomainError.invalid(
          DataIoError.UnknownRoomType,
          'type',
          `"${cell('type')}" is not a room type of this facility (${knownTypes}).`,
          { type: cell('type'), knownTypes },
        );
      return code;
    }),
    areaSqm: read('areaSqm', () => normalizeAreaSqm(cell('areaSqm'))) ?? '',
    monthlyRent: read('monthlyRent', () => parseIntegerCell(cell('monthlyRent'), 'monthlyRent', 0, MAX_YEN)) ?? 0,
    commonAreaFee: read('commonAreaFee', () =>
      cell('commonAreaFee') ? parseIntegerCell(cell('commonAreaFee'), 'commonAreaFee', 0, MAX_YEN) : 0,
    ),
    status: read('status', () => {
      const s = cell('status') === '' ? 'vacant' : codeOf(SPACE_STATUS_LABELS, cell('status'), SPACE_STATUSES);
      if (!s)
        throw DomainError.invalid(
          DataIoError.StatusNotOneOf,
          'status',
          `status must be one of ${choices(SPACE_STATUS_LABELS)}.`,
          { allowed: choices(SPACE_STATUS_LABELS) },
        );
      return s;
    }),
    equipment: listCell(cell('equipment')),
    notes: read('notes', () => optionalText(cell('notes'), 'notes', 2000)),
  };
  return problems.length > before ? null : input;
}
