import { PassThrough, Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError, writeCsv } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { BillingError } from './errors';

/** Billing periods (YYYY-MM, both inclusive) to export; none given: every invoice. */
export interface InvoiceExportRange {
  from?: string;
  to?: string;
}

/** Rows fetched from the cursor per round trip: memory stays this many rows, whatever the total. */
export const EXPORT_FETCH_ROWS = 2_000;

export const INVOICE_EXPORT_HEADERS = [
  '請求書番号',
  '種別',
  '状態',
  '対象月',
  '発行日',
  '支払期限',
  '請求先',
  '税抜金額',
  '消費税額',
  '税込金額',
  '入金済額',
  '返還済額',
  '元請求書番号',
  '取消日',
];

const KIND_JA: Record<string, string> = { invoice: '請求書', credit_note: '返還請求書' };
const STATUS_JA: Record<string, string> = {
  issued: '発行済',
  partially_paid: '一部入金',
  paid: '入金済',
  void: '取消',
};

// Dates and amounts as text (no driver parsing); amounts are whole yen in bigint columns.
const EXPORT_SQL = `
  SELECT i.number, i.kind, i.status, i.period, to_char(i.issue_date, 'YYYY-MM-DD') AS issue_date,
         to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.recipient_name,
         i.subtotal::text AS subtotal, i.tax::text AS tax, i.total::text AS total,
         i.amount_paid::text AS amount_paid, i.amount_credited::text AS amount_credited,
         o.number AS original_number, to_char(i.voided_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS voided_on
    FROM invoices i
    LEFT JOIN invoices o ON o.id = i.original_invoice_id
   WHERE i.facility_id = $1 AND i.status <> 'draft'
     AND ($2::text IS NULL OR i.period >= $2) AND ($3::text IS NULL OR i.period <= $3)
   ORDER BY i.issue_date, i.sequence NULLS LAST, i.id`;

interface ExportRow {
  number: string | null;
  kind: string;
  status: string;
  period: string;
  issue_date: string | null;
  due_date: string | null;
  recipient_name: string;
  subtotal: string;
  tax: string;
  total: string;
  amount_paid: string;
  amount_credited: string;
  original_number: string | null;
  voided_on: string | null;
}

const BOM = '\uFEFF';

/**
 * The accountant's invoice list as CSV (UTF-8 with a BOM for Excel, Japanese headers, amounts in
 * whole yen, every text cell through the one CSV writer), streamed: a server-side cursor inside the
 * facility's RLS transaction is read a few thousand rows at a time, each batch written only when
 * the response has taken the last, so memory stays flat whatever the number of invoices.
 * Drafts (a run's unissued preview) are left out; voided invoices stay, marked, as the numbers
 * must account for them.
 */
@Injectable()
export class InvoiceExportService {
  private readonly log = new Logger(InvoiceExportService.name);

  constructor(private readonly tx: TransactionRunner) {}

  /** The CSV stream; a reversed range is refused (400 on `to`) before anything is read. */
  csv(facilityId: string, range: InvoiceExportRange): Readable {
    if (range.from && range.to && range.from > range.to) {
      throw DomainError.invalid(BillingError.ExportRangeReversed, 'to', 'to must not be before from.', {
        from: range.from,
        to: range.to,
      });
    }
    const out = new PassThrough();
    let closed = false;
    out.once('close', () => (closed = true));
    out.write(BOM + writeCsv([INVOICE_EXPORT_HEADERS]));
    this.tx
      .inFacility(facilityId, async (em) => {
        await em.query(`DECLARE invoice_export NO SCROLL CURSOR FOR ${EXPORT_SQL}`, [
          facilityId,
          range.from ?? null,
          range.to ?? null,
        ]);
        for (;;) {
          const rows: ExportRow[] = await em.query(`FETCH ${EXPORT_FETCH_ROWS} FROM invoice_export`);
          if (rows.length === 0 || closed) break;
          if (!out.write(writeCsv(rows.map(cells)))) await drainedOrClosed(out);
          if (closed) break;
        }
        await em.query('CLOSE invoice_export');
      })
      .then(
        () => out.end(),
        (err: unknown) => {
          this.log.error(`invoice export failed: ${err instanceof Error ? err.message : String(err)}`);
          out.destroy(err instanceof Error ? err : new Error(String(err)));
        },
      );
    return out;
  }
}

/**
 * Resolves when the stream has taken what it was given, or was closed, and leaves no listener behind (racing
 * `events.once` for both left a 'close' listener per batch on the stream).
 */
function drainedOrClosed(out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

function cells(r: ExportRow): (string | number | null)[] {
  return [
    r.number,
    KIND_JA[r.kind] ?? r.kind,
    STATUS_JA[r.status] ?? r.status,
    r.period,
    r.issue_date,
    r.due_date,
    r.recipient_name,
    Number(r.subtotal),
    Number(r.tax),
    Number(r.total),
    Number(r.amount_paid),
    Number(r.amount_credited),
    r.original_number,
    r.voided_on,
  ];
}
