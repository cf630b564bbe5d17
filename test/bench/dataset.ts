import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { argon2id, hash } from 'argon2';

/** The period the benchmark bills, the one before it (meter readings) and the history months. */
export const BILL_PERIOD = '2026-12';
export const USAGE_PERIOD = '2026-11';
/** Issued history (open invoices the reminder sweep finds, lists to read). */
export const HISTORY = [
  { period: '2026-10', issueDate: '2026-09-25', dueDate: '2026-10-30' },
  { period: '2026-11', issueDate: '2026-10-26', dueDate: '2026-11-30' },
];
/** The sweep date: three days before the last history month's due date (the invoice_due lead). */
export const SWEEP_DATE = '2026-11-27';
export const PASSWORD = 'tamago-bench-2026';
export const TENANTS_PER_FACILITY = 112;

export interface DatasetSize {
  facilities: number;
  tenants: number;
  /** Invoices of the export facility (the streamed CSV). */
  exportRows: number;
}

/** Deterministic ids, so every scenario can name rows without reading them back. */
export const ids = {
  facility: (f: number) => uuidOf(`fac-${f}`),
  staff: (f: number) => uuidOf(`staff-${f}`),
  staffEmail: (f: number) => `admin${f}@bench.example.jp`,
  tenant: (f: number, t: number) => uuidOf(`ten-${f}-${t}`),
};

function uuidOf(key: string): string {
  // The same mapping as pg_temp.bid below: md5 of the key with the version and variant of a v4 uuid.
  const md5 = createHash('md5').update(key).digest('hex');
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const REG = 'T7000012050002';

/**
 * Builds the platform's data set with set-based SQL (one INSERT … SELECT generate_series per table,
 * run as the owner so RLS does not apply): facilities issuing qualified invoices, 112 tenants each
 * with a portal user, a room and an active lease each (plus vacant rooms), last month's meter
 * readings, a charge per tenant for the billed month and two months of issued history. Not timed.
 */
export async function generateDataset(databaseUrl: string, size: DatasetSize): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const hashed = await hash(PASSWORD, { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const F = size.facilities;
    const T = size.tenants;
    const S = Math.ceil(T * 1.37); // 153 rooms for 112 tenants, as the demo facility
    await db.query('SET synchronous_commit = off');
    // A v4-shaped uuid from a key (the product validates ids as UUIDs).
    await db.query(
      `CREATE FUNCTION pg_temp.bid(k text) RETURNS uuid IMMUTABLE LANGUAGE sql
         AS $$ SELECT overlay(overlay(md5(k) placing '4' from 13) placing '8' from 17)::uuid $$`,
    );
    await db.query('BEGIN');
    const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
    await q(
      `INSERT INTO facilities (id, name) SELECT pg_temp.bid('fac-' || f), 'ベンチ施設 ' || f FROM generate_series(1, $1) f`,
      [F],
    );
    await q(
      `INSERT INTO billing_settings (facility_id, legal_name, registration_number, bank_account, due_date_rule,
              utility_unit_prices, issuer_address, issuer_phone)
       SELECT pg_temp.bid('fac-' || f), '公益財団法人ベンチ財団 ' || f, $2,
              '{"bankName":"みらい銀行","branchName":"本店","accountType":"ordinary","accountNumber":"1234567","accountHolder":"ﾍﾞﾝﾁｻﾞｲﾀﾞﾝ"}'::jsonb,
              '{"day":"end_of_month","monthOffset":0,"adjust":"next"}'::jsonb,
              '[{"kind":"electricity","description":"電気料金","unit":"kWh","unitPrice":32,"taxCategory":"standard"}]'::jsonb,
              '東京都千代田区1-1', '03-0000-0000'
         FROM generate_series(1, $1) f`,
      [F, REG],
    );
    await q(
      `INSERT INTO users (id, facility_id, email, name, roles, password_hash)
       SELECT pg_temp.bid('staff-' || f), pg_temp.bid('fac-' || f), 'admin' || f || '@bench.example.jp', '管理者 ' || f,
              ARRAY['facility_admin'], $2
         FROM generate_series(1, $1) f`,
      [F, hashed],
    );
    await q(
      `INSERT INTO room_types (id, facility_id, code, name_ja, name_en)
       SELECT pg_temp.bid('rt-' || f), pg_temp.bid('fac-' || f), 'office', '個室', 'Private office' FROM generate_series(1, $1) f`,
      [F],
    );
    await q(
      `INSERT INTO spaces (id, facility_id, code, building, floor, type_id, area_sqm, monthly_rent, common_area_fee, status)
       SELECT pg_temp.bid('sp-' || f || '-' || s), pg_temp.bid('fac-' || f), 'R-' || lpad(s::text, 3, '0'), '本館',
              ((s - 1) / 40 + 1)::text || 'F', pg_temp.bid('rt-' || f), 20 + s % 15, 60000 + (s % 20) * 2500, 5000,
              CASE WHEN s <= $2 THEN 'occupied' ELSE 'vacant' END
         FROM generate_series(1, $1) f, generate_series(1, $3) s`,
      [F, T, S],
    );
    await q(
      `INSERT INTO tenants (id, facility_id, kind, name, name_kana, status, entered_on)
       SELECT pg_temp.bid('ten-' || f || '-' || t), pg_temp.bid('fac-' || f),
              CASE WHEN t % 5 = 0 THEN 'sole_proprietor' ELSE 'corporation' END,
              '株式会社ベンチ' || f || '-' || lpad(t::text, 3, '0'), 'ベンチ', 'active', DATE '2025-04-01'
         FROM generate_series(1, $1) f, generate_series(1, $2) t`,
      [F, T],
    );
    await q(
      `INSERT INTO users (facility_id, tenant_id, email, name, roles, password_hash)
       SELECT pg_temp.bid('fac-' || f), pg_temp.bid('ten-' || f || '-' || t), 'tenant' || f || '-' || t || '@bench.example.jp',
              '入居者 ' || t, ARRAY['tenant_admin'], $3
         FROM generate_series(1, $1) f, generate_series(1, $2) t`,
      [F, T, hashed],
    );
    await q(
      `INSERT INTO leases (id, facility_id, tenant_id, start_date, end_date, monthly_rent, common_area_fee, deposit,
              status, signed_on, moved_in_on)
       SELECT pg_temp.bid('le-' || f || '-' || t), pg_temp.bid('fac-' || f), pg_temp.bid('ten-' || f || '-' || t),
              DATE '2025-04-01', DATE '2028-03-31', 60000 + (t % 20) * 2500, 5000, 120000, 'active',
              DATE '2025-03-01', DATE '2025-04-01'
         FROM generate_series(1, $1) f, generate_series(1, $2) t`,
      [F, T],
    );
    await q(
      `INSERT INTO lease_spaces (facility_id, lease_id, space_id, start_date, end_date)
       SELECT pg_temp.bid('fac-' || f), pg_temp.bid('le-' || f || '-' || t), pg_temp.bid('sp-' || f || '-' || t),
              DATE '2025-04-01', DATE '2028-03-31'
         FROM generate_series(1, $1) f, generate_series(1, $2) t`,
      [F, T],
    );
    await q(
      `INSERT INTO meter_readings (facility_id, space_id, kind, read_on, period, value, consumption, source)
       SELECT pg_temp.bid('fac-' || f), pg_temp.bid('sp-' || f || '-' || t), 'electricity', DATE '2026-11-30', '2026-11',
              10000 + t * 7, 150 + t % 200, 'csv'
         FROM generate_series(1, $1) f, generate_series(1, $2) t`,
      [F, T],
    );
    await q(
      `INSERT INTO charges (facility_id, tenant_id, period, description, quantity, unit_price, amount, tax_category, kind)
       SELECT pg_temp.bid('fac-' || f), pg_temp.bid('ten-' || f || '-' || t), $3, '会議室利用料', 2, 2750, 5500, 'standard', 'other'
         FROM generate_series(1, $1) f, generate_series(1, $2) t`,
      [F, T, BILL_PERIOD],
    );
    for (const [h, m] of HISTORY.entries()) await history(q, F, T, h, m);
    await q(
      `INSERT INTO invoice_counters (facility_id, last_sequence) SELECT pg_temp.bid('fac-' || f), $2 FROM generate_series(1, $1) f`,
      [F, T * HISTORY.length],
    );
    await q('COMMIT');
    if (size.exportRows > 0) await exportHistory(q, size.exportRows, T);
    await q('ANALYZE');
  } finally {
    await db.end();
  }
}

type Q = (sql: string, params?: unknown[]) => Promise<unknown>;

/** One issued month per tenant (rent, common-area fee): what the platform billed before. */
async function history(q: Q, F: number, T: number, h: number, m: (typeof HISTORY)[number]): Promise<void> {
  await q(
    `INSERT INTO invoices (id, facility_id, tenant_id, period, kind, number, sequence, issue_date, due_date, status,
            recipient_name, subtotal, tax, total, tax_summary)
     SELECT pg_temp.bid('inv-' || $3::int || '-' || f || '-' || t), pg_temp.bid('fac-' || f), pg_temp.bid('ten-' || f || '-' || t),
            $4::text, 'invoice', 'INV-' || replace($4::text, '-', '') || '-' || lpad((${h} * $2 + t)::text, 5, '0'), ${h} * $2 + t,
            $5::date, $6::date, 'issued', '株式会社ベンチ' || f || '-' || lpad(t::text, 3, '0'),
            65000 + (t % 20) * 2500, 6500 + (t % 20) * 250, 71500 + (t % 20) * 2750,
            jsonb_build_array(jsonb_build_object('category', 'standard', 'rate', 10,
              'taxableAmount', 65000 + (t % 20) * 2500, 'tax', 6500 + (t % 20) * 250, 'taxable', true))
       FROM generate_series(1, $1) f, generate_series(1, $2) t`,
    [F, T, h, m.period, m.issueDate, m.dueDate],
  );
  await q(
    `INSERT INTO invoice_lines (facility_id, invoice_id, position, description, quantity, unit, unit_price, amount,
            tax_category, source_type, source_id, service_from, service_to)
     SELECT pg_temp.bid('fac-' || f), pg_temp.bid('inv-' || $3::int || '-' || f || '-' || t), l - 1,
            CASE l WHEN 1 THEN '賃料' ELSE '共益費' END, 1, '式',
            CASE l WHEN 1 THEN 60000 + (t % 20) * 2500 ELSE 5000 END, CASE l WHEN 1 THEN 60000 + (t % 20) * 2500 ELSE 5000 END,
            'standard', CASE l WHEN 1 THEN 'rent' ELSE 'common_area_fee' END, pg_temp.bid('le-' || f || '-' || t),
            ($4::text || '-01')::date, (($4::text || '-01')::date + interval '1 month' - interval '1 day')::date
       FROM generate_series(1, $1) f, generate_series(1, $2) t, generate_series(1, 2) l`,
    [F, T, h, m.period],
  );
}

/**
 * The export facility (facility 1) gets `rows` more paid invoices spread over ten years of past
 * periods (supplementary, so the one-regular-invoice-per-month index allows many per tenant): the
 * export streams the CSV of all of them.
 */
async function exportHistory(q: Q, rows: number, tenants: number): Promise<void> {
  await q(
    `INSERT INTO invoices (facility_id, tenant_id, period, kind, supplementary, number, sequence, issue_date, due_date,
            status, recipient_name, subtotal, tax, total, tax_summary)
     SELECT pg_temp.bid('fac-1'), pg_temp.bid('ten-1-' || (1 + n % $2)),
            to_char(DATE '2026-09-01' - ((n / $2) % 120) * interval '1 month', 'YYYY-MM'), 'invoice', true,
            'EXP-' || lpad(n::text, 9, '0'), 1000000 + n, DATE '2026-09-01' - ((n / $2) % 120) * interval '1 month',
            DATE '2026-09-28' - ((n / $2) % 120) * interval '1 month', 'paid',
            '株式会社ベンチ1-' || lpad((1 + n % $2)::text, 3, '0'), 65000, 6500, 71500,
            '[{"category":"standard","rate":10,"taxableAmount":65000,"tax":6500,"taxable":true}]'::jsonb
       FROM generate_series(1, $1) n`,
    [rows, tenants],
  );
}
