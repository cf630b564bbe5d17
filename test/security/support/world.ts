import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { seedFacility } from '../../reports/seed';
import { TEST_PASSWORD, bearer, createFacility, createUser, login, uniqueEmail } from '../../support/factories';
import { TestApp, createTestApp } from '../../support/test-app';
import { fingerprintQuery } from './fingerprint';
import { LiveRoute, OpenApiDocument, liveRoutes } from './routes';

/** The roles the suite attacks with, one user each (tenant users belong to tenant T1). */
export const ATTACK_ROLES = [
  Role.PlatformOperator,
  Role.FacilityAdmin,
  Role.IncubationManager,
  Role.Accountant,
  Role.Advisor,
  Role.Auditor,
  Role.TenantAdmin,
  Role.TenantMember,
] as const;

/** Staff-only text planted in every staff-only field; no tenant-visible output may ever contain it. */
export const MARKER = `STAFFONLY${randomBytes(4).toString('hex')}`;
/** The part of it planted in support notes (session notes, staff notes, stage notes): not for accountants or auditors either. */
export const NOTES_MARKER = `${MARKER}NOTES`;

export interface FacilityWorld {
  facilityId: string;
  adminUserId: string;
  tokens: Map<Role, string>;
  emails: Map<Role, string>;
  /** T1 (the tenant users' own), T2 (another tenant of the same facility), T3 (graduated). */
  tenants: { T1: string; T2: string; T3: string };
  advisorId: string;
  sessionIds: { T1: string; T2: string };
  caseIds: { T1: string; T2: string };
}

const post = async (
  t: TestApp,
  token: string,
  path: string,
  body: object,
): Promise<{ id: string } & Record<string, unknown>> => {
  const res = await t.http.post(`/api/v1${path}`).set(bearer(token)).send(body);
  if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string } & Record<string, unknown>;
};

/** A facility as the attack finds it: rooms, tenants, leases, invoices, payments, KPI, an event, support records. */
export async function buildFacility(t: TestApp, label: string): Promise<FacilityWorld> {
  const f = await createFacility(t.app, t.http, `施設${label}`);
  const seeded = await seedFacility(t.app, t.http, f.facilityId, f.adminToken, f.adminUserId, label);
  const tokens = new Map<Role, string>([[Role.FacilityAdmin, f.adminToken]]);
  const emails = new Map<Role, string>([[Role.FacilityAdmin, f.adminEmail]]);
  for (const role of [Role.IncubationManager, Role.Accountant, Role.Advisor, Role.Auditor]) {
    const u = await createUser(t.app, t.http, f.facilityId, [role]);
    tokens.set(role, u.token);
    emails.set(role, u.email);
  }
  for (const role of [Role.TenantAdmin, Role.TenantMember]) {
    const u = await createUser(t.app, t.http, f.facilityId, [role], { tenantId: seeded.tenants.T1 });
    tokens.set(role, u.token);
    emails.set(role, u.email);
  }
  const admin = f.adminToken;
  const advisor = await post(t, admin, '/advisors', { name: `${label} 診断士`, kind: 'certified_sme_consultant' });
  const session = (tenantId: string) =>
    post(t, admin, '/advisory-sessions', {
      kind: 'consultation',
      channel: 'phone',
      topic: 'funding',
      tenantId,
      startsAt: '2026-10-05T10:00:00+09:00',
      endsAt: '2026-10-05T10:30:00+09:00',
      notes: `${NOTES_MARKER} 面談メモ`,
      summary: '資金繰りの相談',
    });
  const program = await post(t, admin, '/subsidy-programs', {
    name: `ものづくり補助金 ${label}`,
    agency: '中小企業庁',
    subsidyRate: '2/3',
    maxAmount: 10_000_000,
    rounds: [{ name: '第1回', opensOn: '2027-04-01', closesOn: '2027-05-31', projectDeadline: '2028-01-31' }],
  });
  const roundId = (program.rounds as { id: string }[])[0].id;
  const openCase = async (tenantId: string) => {
    const c = await post(t, admin, '/subsidy-applications', {
      tenantId,
      programId: program.id,
      roundId,
      requestedAmount: 3_000_000,
      staffNotes: `${NOTES_MARKER} 社長は迷っている`,
    });
    await post(t, admin, `/subsidy-applications/${c.id}/transitions`, {
      to: 'applied',
      date: '2027-05-20',
      note: `${NOTES_MARKER} 申請メモ`,
    });
    const upload = await t.http
      .post(`/api/v1/subsidy-applications/${c.id}/attachments`)
      .set(bearer(admin))
      .field('purpose', 'quotes')
      .attach('file', Buffer.from('%PDF-1.4 見積書'), { filename: '見積書.pdf', contentType: 'application/pdf' });
    if (upload.status !== 201) throw new Error(`attachment: ${upload.status} ${JSON.stringify(upload.body)}`);
    return c.id;
  };
  const world: FacilityWorld = {
    facilityId: f.facilityId,
    adminUserId: f.adminUserId,
    tokens,
    emails,
    tenants: seeded.tenants,
    advisorId: advisor.id,
    sessionIds: { T1: (await session(seeded.tenants.T1)).id, T2: (await session(seeded.tenants.T2)).id },
    caseIds: { T1: await openCase(seeded.tenants.T1), T2: await openCase(seeded.tenants.T2) },
  };
  await plantScreening(t, world);
  return world;
}

/** The screening committee's record of T1, with the marker in the reviewer's comment (staff-only). */
async function plantScreening(t: TestApp, w: FacilityWorld): Promise<void> {
  const screening = {
    reviews: [{ reviewer: '審査委員', score: 4, comment: `${MARKER}SCREENING 審査コメント` }],
    decision: 'approved',
    decidedOn: '2024-03-15',
  };
  await t.app
    .get(TransactionRunner)
    .asSystem((em) => em.query('UPDATE tenants SET screening = $2 WHERE id = $1', [w.tenants.T1, screening]));
}

/** A platform operator (no facility), logged in. */
export async function createOperator(t: TestApp): Promise<{ token: string; email: string }> {
  const email = uniqueEmail('operator');
  const hash = await argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  await t.app
    .get(TransactionRunner)
    .asSystem((em) =>
      em.query(
        `INSERT INTO users (email, name, roles, status, password_hash, locale) VALUES ($1, 'Operator', $2, 'active', $3, 'ja')`,
        [email, [Role.PlatformOperator], hash],
      ),
    );
  return { token: await login(t.http, email), email };
}

/** Everything the attacks share: the app, two facilities, an operator and the live route table. */
export interface SecurityWorld {
  t: TestApp;
  a: FacilityWorld;
  b: FacilityWorld;
  operator: string;
  routes: LiveRoute[];
  doc: OpenApiDocument;
  fpQuery: string;
}

/** Builds the world once per file (the facilities take most of a file's time). */
export async function buildSecurityWorld(): Promise<SecurityWorld> {
  // No contract check here: the suite deliberately sends generated garbage (oversized, mistyped,
  // forged) to every route, and asserts on each answer itself; the e2e suite holds the contract.
  // The world's tokens are signed once and used by every check of the file, which on a loaded machine
  // runs longer than the 900 s default lifetime; expiry itself is tested in the authentication spec.
  const t = await createTestApp({ contract: false, env: { ACCESS_TOKEN_TTL_SECONDS: '7200' } });
  // Side by side: building the facilities is most of the suite's set-up time.
  const [a, b, { token: operator }] = await Promise.all([
    buildFacility(t, 'A'),
    buildFacility(t, 'B'),
    createOperator(t),
  ]);
  const { routes, doc } = await liveRoutes(t);
  return { t, a, b, operator, routes, doc, fpQuery: await fingerprintQuery(t) };
}

/** Counts a check reports, gathered for the summary the suite prints at its end. */
export const COUNTS: Record<string, number | string> = {};
