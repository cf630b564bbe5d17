import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import TestAgent from 'supertest/lib/agent';
import { bearer } from '../support/factories';

/** Asks for a report and waits (bounded: 60 s) until it is done or failed; returns every status seen. */
export async function runReport(
  http: TestAgent,
  token: string,
  body: object,
): Promise<{ id: string; final: Record<string, unknown>; seen: { status: string; progress: number }[] }> {
  const created = await http.post('/api/v1/reports').set(bearer(token)).send(body);
  if (created.status !== 202) throw new Error(`POST /reports: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  const seen = [{ status: created.body.status as string, progress: created.body.progress as number }];
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await http.get(`/api/v1/reports/${id}`).set(bearer(token)).expect(200);
    seen.push({ status: res.body.status, progress: res.body.progress });
    if (res.body.status === 'done' || res.body.status === 'failed') return { id, final: res.body, seen };
    if (Date.now() > deadline) throw new Error(`report ${id} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Downloads a report's file as bytes. */
export async function download(http: TestAgent, token: string, id: string): Promise<{ bytes: Buffer; type: string }> {
  const res = await http
    .get(`/api/v1/reports/${id}/file`)
    .set(bearer(token))
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    })
    .expect(200);
  return { bytes: res.body as Buffer, type: String(res.headers['content-type']) };
}

/** The PDF's text as pdftotext prints it with its layout kept. */
export function pdfText(bytes: Buffer): string {
  const out = spawnSync('pdftotext', ['-layout', '-', '-'], { input: bytes });
  if (out.status !== 0) throw new Error(`pdftotext: ${out.stderr.toString()}`);
  return out.stdout.toString('utf8');
}

/** CSV rows (the BOM checked and stripped). */
export function csvRows(bytes: Buffer): string[][] {
  if (!bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) throw new Error('CSV without a UTF-8 BOM');
  return parse(bytes.subarray(3).toString('utf8'), { relax_column_count: true }) as string[][];
}

/** The rows after a section's heading row (`■ heading`), up to the next empty line. */
export function csvSection(rows: string[][], heading: string): string[][] {
  const start = rows.findIndex((r) => r[0] === `■ ${heading}`);
  if (start < 0) throw new Error(`no CSV section ${heading}`);
  const out: string[][] = [];
  for (const r of rows.slice(start + 1)) {
    if (r.length === 0 || (r.length === 1 && r[0] === '') || r[0].startsWith('■ ')) break;
    out.push(r);
  }
  return out;
}

export async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** Floor to two decimals of a share in percent, as the reports print rates. */
export const rate = (part: number, whole: number): number => Math.floor((part * 10000) / whole) / 100;
