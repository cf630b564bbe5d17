import { DomainError } from '@tamago/core';
import { PaymentsError } from '../errors';

/** One CSV record and the (1-based) line it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** What the statement importer needs from a CSV parser; csv-parse can stand behind it later. */
export type CsvReader = (text: string) => CsvRow[];

/**
 * Minimal RFC 4180 reader: comma-separated; double-quoted fields may hold commas, doubled quotes
 * and line breaks; CRLF or LF line ends; blank lines skipped. Written by hand only because no CSV
 * parser is installed — put csv-parse behind CsvReader once it is added.
 */
export const readCsv: CsvReader = (text) => {
  if (typeof text !== 'string') throw DomainError.invalid(PaymentsError.CsvNotText, 'file', 'The CSV must be text.');
  const state = { rows: [] as CsvRow[], fields: [] as string[], field: '', line: 1, rowLine: 1 };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && state.field === '') {
      i = readQuoted(text, i + 1, state);
    } else if (c === '"') {
      throw DomainError.invalid(
        PaymentsError.CsvStrayQuote,
        'file',
        `Line ${state.line} has a quote inside an unquoted field.`,
        { line: state.line },
      );
    } else if (c === ',') {
      state.fields.push(state.field);
      state.field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow(state);
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      state.rowLine = ++state.line;
    } else {
      state.field += c;
      i++;
    }
  }
  endRow(state);
  return state.rows;
};

type State = { rows: CsvRow[]; fields: string[]; field: string; line: number; rowLine: number };

/** Reads a quoted field's content starting after its opening quote; returns the index after the closing quote. */
function readQuoted(text: string, start: number, state: State): number {
  let i = start;
  for (;;) {
    if (i >= text.length)
      throw DomainError.invalid(
        PaymentsError.CsvUnclosedQuote,
        'file',
        `Line ${state.rowLine} has a quoted field that is never closed.`,
        { line: state.rowLine },
      );
    const c = text[i];
    if (c === '"' && text[i + 1] === '"') {
      state.field += '"';
      i += 2;
    } else if (c === '"') {
      const next = text[i + 1];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw DomainError.invalid(
          PaymentsError.CsvTextAfterQuote,
          'file',
          `Line ${state.line} has text after a closing quote.`,
          { line: state.line },
        );
      }
      return i + 1;
    } else {
      if (c === '\n') state.line++;
      state.field += c;
      i++;
    }
  }
}

function endRow(state: State): void {
  state.fields.push(state.field);
  if (state.fields.length > 1 || state.fields[0] !== '') state.rows.push({ line: state.rowLine, fields: state.fields });
  state.fields = [];
  state.field = '';
}
