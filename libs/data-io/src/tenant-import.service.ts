import { Injectable } from '@nestjs/common';
import {
  CsvColumn,
  CsvColumns,
  CsvRow,
  DomainError,
  RowProblem,
  mapColumns,
  normalizeCorporateNumber,
  parseIntegerCell,
  readCsvTable,
  rowProblemsError,
} from '@tamago/core';
import { ImportReport, ParsedRow, TransactionRunner, runImport } from '@tamago/database';
import {
  CONTACT_ROLES,
  ContactInput,
  NewTenant,
  TenantService,
  TenantStatus,
  assertTenantIdentity,
  normalizeNameKana,
} from '@tamago/tenants';
import { dateCell, listCell, optionalText, textCell } from './cells';
import { CONTACT_ROLE_LABELS, KIND_LABELS, TENANT_STATUS_LABELS, choices, codeOf } from './labels';
import { DataIoError } from './errors';

/** Statuses an onboarding file may give; alumni and withdrawn tenants need their exit details and are entered one by one. */
const IMPORT_STATUSES: readonly TenantStatus[] = ['applicant', 'screening', 'approved', 'active'];
const CONTACTS = 3;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const contactColumns = (n: number): CsvColumn[] => [
  { field: `contact${n}Name`, headers: [`連絡先${n}氏名`] },
  { field: `contact${n}Kana`, headers: [`連絡先${n}フリガナ`] },
  { field: `contact${n}Role`, headers: [`連絡先${n}役割`] },
  { field: `contact${n}Email`, headers: [`連絡先${n}メール`] },
  { field: `contact${n}Phone`, headers: [`連絡先${n}電話`] },
];

/** The columns of a tenant file (the Japanese headers are those of the tenant export). */
export const TENANT_CSV_COLUMNS: CsvColumn[] = [
  { field: 'name', headers: ['入居企業名'], required: true },
  { field: 'nameKana', headers: ['フリガナ'], required: true },
  { field: 'kind', headers: ['区分'], required: true },
  { field: 'status', headers: ['ステータス'] },
  { field: 'corporateNumber', headers: ['法人番号'] },
  { field: 'tradeName', headers: ['屋号'] },
  { field: 'representative', headers: ['代表者'] },
  { field: 'address', headers: ['住所'] },
  { field: 'industry', headers: ['業種'] },
  { field: 'foundedOn', headers: ['設立日'] },
  { field: 'employees', headers: ['従業員数'] },
  { field: 'website', headers: ['ウェブサイト'] },
  { field: 'tags', headers: ['タグ'] },
  { field: 'enteredOn', headers: ['入居日'] },
  ...[1, 2, 3].flatMap(contactColumns),
];

/** Export-only columns an import skips, so an export can be edited and imported again. */
const IGNORED = ['ID', '卒業日'];

/**
 * Onboards tenants (with up to three contacts each) from a CSV file, all or nothing: every row is
 * checked with the same rules as the API, and every problem is reported with its line and column.
 */
@Injectable()
export class TenantImportService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tenants: TenantService,
  ) {}

  /** Imports the file (or only checks it when `dryRun`); 400 listing every bad row, nothing written. */
  async importCsv(facilityId: string, userId: string, file: Buffer | string, dryRun: boolean): Promise<ImportReport> {
    const table = readCsvTable(file);
    const cols = mapColumns(table, TENANT_CSV_COLUMNS, IGNORED);
    if (cols.problems.length > 0) throw rowProblemsError(cols.problems, table.rows.length);
    if (table.rows.length === 0)
      throw DomainError.invalid(DataIoError.NoRows, 'file', 'The file has a header but no rows.');
    const problems: RowProblem[] = [];
    const rows: ParsedRow<NewTenant>[] = [];
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const input = parseTenantRow(row, cols, problems);
      if (!input) continue;
      const first = input.corporateNumber ? seen.get(input.corporateNumber) : undefined;
      if (first !== undefined) {
        problems.push({
          line: row.line,
          column: cols.columnOf('corporateNumber'),
          message: `The same corporate number is on line ${first}.`,
          reason: DataIoError.CorporateNumberRepeated,
          params: { first },
        });
        continue;
      }
      if (input.corporateNumber) seen.set(input.corporateNumber, row.line);
      rows.push({ line: row.line, input });
    }
    return runImport(this.tx, facilityId, userId, { dryRun, rowsChecked: table.rows.length, problems }, rows, {
      write: (em, input) => this.tenants.createWithin(em, facilityId, input),
      columnOf: (field) => columnOfTenantField(field, cols),
      duplicate: {
        column: cols.columnOf('corporateNumber'),
        message: 'This corporate number is already registered.',
        reason: DataIoError.CorporateNumberTaken,
      },
    });
  }
}

/** Reads one row into a NewTenant, collecting every problem of the row; null when it has any. */
function parseTenantRow(row: CsvRow, cols: CsvColumns, problems: RowProblem[]): NewTenant | null {
  const before = problems.length;
  const cell = (field: string) => cols.cell(row, field);
  const read = <T>(field: string, parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      for (const err of e.details.errors ?? [{ field, message: e.message }]) {
        problems.push({
          line: row.line,
          column: columnOfTenantField(err.field || field, cols),
          message: err.message,
          reason: err.reason ?? e.reason,
          params: err.reasonParams ?? e.params,
        });
      }
      return undefined;
    }
  };
  const kind = read('kind', () => {
    const k = codeOf(KIND_LABELS, cell('kind'));
    if (!k)
      throw DomainError.invalid(DataIoError.KindNotOneOf, 'kind', `kind must be one of ${choices(KIND_LABELS)}.`, {
        allowed: choices(KIND_LABELS),
      });
    return k;
  });
  const status = read('status', () => {
    const s = cell('status') === '' ? 'active' : codeOf(TENANT_STATUS_LABELS, cell('status'), IMPORT_STATUSES);
    if (!s)
      throw DomainError.invalid(
        DataIoError.StatusNotOneOf,
        'status',
        `status must be one of ${choices(TENANT_STATUS_LABELS, IMPORT_STATUSES)}.`,
        { allowed: choices(TENANT_STATUS_LABELS, IMPORT_STATUSES) },
      );
    return s;
  });
  const input: NewTenant = {
    kind: kind!,
    status,
    name: read('name', () => textCell(cell('name'), 'name', 200)) ?? '',
    nameKana: read('nameKana', () => normalizeNameKana(textCell(cell('nameKana'), 'nameKana', 200))) ?? '',
    corporateNumber: read('corporateNumber', () =>
      cell('corporateNumber') ? normalizeCorporateNumber(cell('corporateNumber')) : null,
    ),
    tradeName: read('tradeName', () => optionalText(cell('tradeName'), 'tradeName', 200)),
    representative: read('representative', () => optionalText(cell('representative'), 'representative', 200)),
    address: read('address', () => optionalText(cell('address'), 'address', 500)),
    industry: read('industry', () => optionalText(cell('industry'), 'industry', 200)),
    foundedOn: read('foundedOn', () => dateCell(cell('foundedOn'), 'foundedOn')),
    employees: read('employees', () =>
      cell('employees') ? parseIntegerCell(cell('employees'), 'employees', 0, 1_000_000) : null,
    ),
    website: read('website', () => {
      const url = optionalText(cell('website'), 'website', 500);
      if (url && !/^https?:\/\/\S+$/.test(url))
        throw DomainError.invalid(
          DataIoError.WebsiteNotUrl,
          'website',
          'website must be a URL starting with http(s)://.',
        );
      return url;
    }),
    tags: listCell(cell('tags')),
    enteredOn: read('enteredOn', () => dateCell(cell('enteredOn'), 'enteredOn')),
    contacts: parseContacts(cell, read),
  };
  if (kind && status && input.corporateNumber !== undefined) {
    read('corporateNumber', () => assertTenantIdentity(kind, status, input));
  }
  return problems.length > before ? null : input;
}

function parseContacts(
  cell: (field: string) => string,
  read: <T>(field: string, parse: () => T) => T | undefined,
): ContactInput[] {
  const contacts: ContactInput[] = [];
  for (let n = 1; n <= CONTACTS; n++) {
    const f = (suffix: string) => `contact${n}${suffix}`;
    if (['Name', 'Kana', 'Role', 'Email', 'Phone'].every((s) => cell(f(s)) === '')) continue;
    const role = read(f('Role'), () => {
      const r = cell(f('Role')) === '' ? 'primary' : codeOf(CONTACT_ROLE_LABELS, cell(f('Role')), CONTACT_ROLES);
      if (!r)
        throw DomainError.invalid(
          DataIoError.RoleNotOneOf,
          f('Role'),
          `The role must be one of ${choices(CONTACT_ROLE_LABELS)}.`,
          { allowed: choices(CONTACT_ROLE_LABELS) },
        );
      return r;
    });
    contacts.push({
      role: role ?? 'primary',
      name: read(f('Name'), () => textCell(cell(f('Name')), f('Name'), 100)) ?? '',
      nameKana: read(f('Kana'), () => (cell(f('Kana')) ? normalizeNameKana(cell(f('Kana')), f('Kana')) : null)),
      email: read(f('Email'), () => {
        const email = optionalText(cell(f('Email')), f('Email'), 254);
        if (email && !EMAIL.test(email))
          throw DomainError.invalid(DataIoError.NotEmail, f('Email'), `"${email}" is not an email address.`, {
            email,
          });
        return email;
      }),
      phone: read(f('Phone'), () => optionalText(cell(f('Phone')), f('Phone'), 32)),
    });
  }
  return contacts;
}

/** Maps a field named by a rule ('contacts[1].nameKana' from the tenant service) to the file's column. */
function columnOfTenantField(field: string, cols: CsvColumns): string {
  const contact = /^contacts\[(\d+)\]\.(\w+)$/.exec(field);
  if (contact) {
    const suffix =
      { name: 'Name', nameKana: 'Kana', role: 'Role', email: 'Email', phone: 'Phone' }[contact[2]] ?? 'Name';
    return cols.columnOf(`contact${Number(contact[1]) + 1}${suffix}`);
  }
  return cols.columnOf(field);
}
