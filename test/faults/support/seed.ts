import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import TestAgent from 'supertest/lib/agent';
import { corporateNumberCheckDigit } from '@tamago/core';
import { JOB_CONTRACTS, JobName, JobPayload } from '@tamago/jobs';
import { cli } from './processes';
import { FaultStores } from './stores';

export const PASSWORD = 'correct-horse-battery';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString('hex')}@example.test`;
}

let counter = 0;
function corporateNumber(): string {
  counter += 1;
  const base = String(100_000_000_000 + (Date.now() % 1_000_000) * 1000 + counter).slice(-12);
  return `${corporateNumberCheckDigit(base)}${base}`;
}

export async function login(http: TestAgent, email: string): Promise<string> {
  const res = await http.post('/api/v1/auth/login').send({ email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

export interface SeededFacility {
  facilityId: string;
  adminUserId: string;
  adminEmail: string;
  token: string;
  tenants: { id: string; billingEmail: string; userEmail: string }[];
}

/**
 * A facility made the way an operator makes one (the CLI), a registered issuer, with `tenants`
 * active tenants, each with a billing contact (invoice mail) and an active tenant user (reminders),
 * and one charge each for `period`.
 */
export async function seedFacility(
  env: NodeJS.ProcessEnv,
  stores: FaultStores,
  http: TestAgent,
  o: { name: string; tenants: number; period: string; invoiceMail?: boolean },
): Promise<SeededFacility> {
  const adminEmail = uniqueEmail('admin');
  const out = cli(env, 'facility:create', '--name', o.name, '--admin-email', adminEmail, '--admin-password', PASSWORD);
  const { facilityId, adminUserId } = JSON.parse(out.trim().split('\n').pop()!) as {
    facilityId: string;
    adminUserId: string;
  };
  const token = await login(http, adminEmail);
  await http
    .patch('/api/v1/facility')
    .set(bearer(token))
    .send({
      legalName: `株式会社${o.name}`,
      registrationNumber: 'T7000012050002',
      bankAccount: {
        bankName: 'みらい銀行',
        branchName: '本店',
        accountType: 'ordinary',
        accountNumber: '1234567',
        accountHolder: 'ｶ)ﾃｽﾄｼｾﾂ',
      },
    })
    .expect(200);
  if (o.invoiceMail)
    await http.put('/api/v1/reminder-settings/invoice_mail').set(bearer(token)).send({ enabled: true }).expect(200);
  const tenants: SeededFacility['tenants'] = [];
  for (let i = 0; i < o.tenants; i++) {
    const billingEmail = uniqueEmail(`billing${i}`);
    const res = await http
      .post('/api/v1/tenants')
      .set(bearer(token))
      .send({
        kind: 'corporation',
        name: `障害試験${String(i).padStart(2, '0')}株式会社`,
        nameKana: 'ショウガイシケン',
        status: 'active',
        enteredOn: '2024-04-01',
        corporateNumber: corporateNumber(),
        contacts: [{ role: 'billing', name: '経理 花子', email: billingEmail }],
      })
      .expect(201);
    const id = res.body.id as string;
    const userEmail = uniqueEmail(`tenant${i}`);
    // A tenant user as an invitation would leave it (active), cloned from the admin's row.
    await stores.sql(
      `INSERT INTO users SELECT (jsonb_populate_record(NULL::users, to_jsonb(u) || jsonb_build_object(
          'id', gen_random_uuid(), 'email', $2::text, 'name', '入居者 太郎', 'tenant_id', $3::uuid,
          'roles', jsonb_build_array('tenant_admin')))).* FROM users u WHERE u.id = $1`,
      [adminUserId, userEmail, id],
    );
    await http
      .post('/api/v1/charges')
      .set(bearer(token))
      .send({
        tenantId: id,
        period: o.period,
        description: `利用料 ${o.period}`,
        quantity: 1,
        unitPrice: 10_000 + i * 1_000,
        taxCategory: 'out_of_scope',
      })
      .expect(201);
    tenants.push({ id, billingEmail, userEmail });
  }
  return { facilityId, adminUserId, adminEmail, token, tenants };
}

/** Adds a job the way the product's producer does (the contract's options and id), from outside. */
export async function addJob<N extends JobName>(
  stores: FaultStores,
  name: N,
  payload: JobPayload<N>,
  prefix = 'faults',
): Promise<string> {
  const c = JOB_CONTRACTS[name] as unknown as {
    queue: string;
    options: object;
    id?: (p: JobPayload<N>) => string;
  };
  const queue = new Queue(c.queue, { connection: { url: stores.redisUrl }, prefix });
  try {
    const job = await queue.add(name, payload, { ...c.options, ...(c.id ? { jobId: c.id(payload) } : {}) });
    return job.id!;
  } finally {
    await queue.close();
  }
}

/** Polls until `check` answers a value (bounded). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The trailing sequence of an invoice number (…-000123 → 123). */
export function sequenceOf(number: string): number {
  const m = /(\d+)$/.exec(number);
  if (!m) throw new Error(`invoice number without a sequence: ${number}`);
  return Number(m[1]);
}

/** True when the numbers, sorted, count up by one with no gap and no repeat. */
export function gapFree(numbers: string[]): boolean {
  const seq = numbers.map(sequenceOf).sort((a, b) => a - b);
  return seq.every((n, i) => i === 0 || n === seq[i - 1] + 1);
}
