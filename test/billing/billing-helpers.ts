import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import TestAgent from 'supertest/lib/agent';
import { TransactionRunner } from '@tamago/database';
import { Lease } from '@tamago/leasing/entities';
import { Tenant } from '@tamago/tenants/entities';
import { bearer } from '../support/factories';
import { TestApp } from '../support/test-app';

/** An active tenant written straight to the database (billing tests do not exercise screening). */
export async function seedTenant(
  t: TestApp,
  facilityId: string,
  name: string,
  kind: 'corporation' | 'individual' | 'sole_proprietor' = 'corporation',
): Promise<string> {
  return t.app.get(TransactionRunner).inFacility(facilityId, async (em) => {
    const tenant = em.create(Tenant, {
      facilityId,
      kind,
      name,
      nameKana: 'テスト',
      status: 'active',
      enteredOn: '2020-04-01',
    } as Partial<Tenant>);
    return (await em.save(tenant)).id;
  });
}

/** A signed lease written straight to the database. */
export async function seedLease(
  t: TestApp,
  facilityId: string,
  tenantId: string,
  terms: Partial<Lease> & { startDate: string; endDate: string; monthlyRent: number },
): Promise<string> {
  return t.app.get(TransactionRunner).inFacility(facilityId, async (em) => {
    const lease = em.create(Lease, { facilityId, tenantId, commonAreaFee: 0, status: 'active', ...terms });
    return (await em.save(lease)).id;
  });
}

/** Polls a run until it reaches one of `statuses` (bounded: 20 s). */
export async function waitForRun(http: TestAgent, token: string, id: string, statuses: string[]): Promise<RunBody> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await http.get(`/api/v1/billing-runs/${id}`).set(bearer(token)).expect(200);
    if (statuses.includes(res.body.status)) return res.body;
    if (Date.now() > deadline) throw new Error(`run ${id} stuck in ${res.body.status}: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts a run and waits for its preview. */
export async function previewRun(
  http: TestAgent,
  token: string,
  period: string,
  supplementary = false,
): Promise<RunBody> {
  const res = await http.post('/api/v1/billing-runs').set(bearer(token)).send({ period, supplementary }).expect(201);
  return waitForRun(http, token, res.body.id, ['previewed', 'failed']);
}

/** Issues a run and waits until it is issued. */
export async function issueRun(http: TestAgent, token: string, id: string, issueDate?: string): Promise<RunBody> {
  await http
    .post(`/api/v1/billing-runs/${id}/issue`)
    .set(bearer(token))
    .send(issueDate ? { issueDate } : {})
    .expect(202);
  return waitForRun(http, token, id, ['issued', 'failed']);
}

/** Every invoice of a run, sorted by number. */
export async function invoicesOf(http: TestAgent, token: string, runId: string): Promise<InvoiceBody[]> {
  const res = await http
    .get('/api/v1/invoices')
    .query({ billingRunId: runId, sort: 'number', limit: 200 })
    .set(bearer(token))
    .expect(200);
  return res.body.items;
}

/** A billing run as the API returns it. */
export interface RunBody {
  id: string;
  status: string;
  progress: number;
  supplementary: boolean;
  invoiceCount: number;
  issuedCount: number;
  total: number;
  differences: { tenantId: string; change: string; previousTotal: number | null; total: number | null }[];
}

/** An invoice as the API lists it. */
export interface InvoiceBody {
  id: string;
  tenantId: string;
  number: string | null;
  status: string;
  issueDate: string | null;
  dueDate: string | null;
  subtotal: number;
  tax: number;
  total: number;
}

export const REGISTRATION_NUMBER = 'T7000012050002';

/** Makes the token's facility a registered issuer with a transfer account (what issuing needs). */
export async function registerIssuer(http: TestAgent, token: string): Promise<void> {
  await http
    .patch('/api/v1/facility')
    .set(bearer(token))
    .send({
      legalName: '株式会社テスト施設',
      registrationNumber: REGISTRATION_NUMBER,
      bankAccount: {
        bankName: 'みらい銀行',
        branchName: '本店',
        accountType: 'ordinary',
        accountNumber: '1234567',
        accountHolder: 'ｶ)ﾃｽﾄｼｾﾂ',
      },
    })
    .expect(200);
}

const binary = (res: NodeJS.ReadableStream, cb: (e: Error | null, b: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** GET a binary body (PDF, ZIP) as a Buffer. */
export async function getBinary(http: TestAgent, token: string, url: string, status = 200): Promise<Buffer> {
  const res = await http
    .get(url)
    .set(bearer(token))
    .buffer(true)
    .parse(binary as never)
    .expect(status);
  return res.body as Buffer;
}

/** The text of a PDF, laid out (pdftotext -layout). */
export function pdfText(body: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'billing-pdf-'));
  writeFileSync(join(dir, 'x.pdf'), body);
  return execFileSync('pdftotext', ['-layout', join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
}

/**
 * Renders page 1 of a PDF to PNG under test-artifacts/ (git-ignored) so a person can look at it;
 * returns the PNG path.
 */
export function savePdfPng(body: Buffer, name: string): string {
  const dir = join(__dirname, '..', '..', 'test-artifacts', 'invoices');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.pdf`), body);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    join(dir, `${name}.pdf`),
    join(dir, name),
  ]);
  return join(dir, `${name}.png`);
}

/** The entries of a ZIP file (name → contents), read from its central directory; no unzip tool needed. */
export function unzipEntries(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (
    let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])), i = 0, p = zip.readUInt32LE(at + 16);
    i < zip.readUInt16LE(at + 10);
    i++
  ) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const skip = nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + skip;
  }
  return out;
}
