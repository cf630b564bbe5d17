import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { bearer } from '../support/factories';
import { concretePath, idsByTable } from './support/ids';
import { LiveRoute } from './support/routes';
import { COUNTS, MARKER, NOTES_MARKER, SecurityWorld } from './support/world';

const dir = mkdtempSync(join(tmpdir(), 'tamago-security-'));

/** The text of an answer as a reader would see it: JSON or text as sent, PDFs through pdftotext. */
function textOf(res: { headers: Record<string, string>; body: unknown; text?: string }): string {
  const type = String(res.headers['content-type'] ?? '');
  if (type.startsWith('application/pdf') && Buffer.isBuffer(res.body)) {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, res.body);
    try {
      return execFileSync('pdftotext', ['-q', file, '-'], { encoding: 'utf8' });
    } catch {
      // Not a PDF pdftotext can read (an uploaded file that only says it is one): search its bytes.
      return res.body.toString('utf8');
    }
  }
  if (Buffer.isBuffer(res.body)) return res.body.toString('utf8');
  return res.text ?? JSON.stringify(res.body);
}

const binary = (
  res: NodeJS.ReadableStream & { setEncoding(e: string): void },
  cb: (e: Error | null, b: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * Field-level rules: a marker sits in every staff-only field (session notes, a case's staff notes
 * and stage notes, the screening review); every GET a reader may call, with the reader's own ids,
 * and every mail queued for them, is searched for it.
 */
export function describeFieldLevelRules(world: () => SecurityWorld): void {
  async function readEverything(role: Role, marker: string, only?: (r: LiveRoute) => boolean) {
    const { t, a } = world();
    const own = await idsByTable(t, a.facilityId, a.tenants.T1);
    const all = await idsByTable(t, a.facilityId);
    const ids = role === Role.TenantAdmin || role === Role.TenantMember ? own : new Map([...all, ...own]);
    const token = a.tokens.get(role)!;
    const gets = world().routes.filter((r) => r.method === 'get' && r.roles.includes(role) && (!only || only(r)));
    const found: string[] = [];
    let read = 0;
    for (const route of gets) {
      const { path } = concretePath(route, ids, a.tenants.T1);
      const res = await t.http
        .get(path)
        .set(bearer(token))
        .buffer(true)
        .parse(binary as never);
      const text = textOf({ ...res, body: res.body, text: undefined, headers: res.headers as Record<string, string> });
      if (res.status >= 500) found.push(`${path}: ${res.status}`);
      if (res.status < 300) read++;
      if (text.includes(marker)) found.push(`${path} (${res.status})`);
    }
    return { found, read, tried: gets.length };
  }

  it.each([Role.TenantAdmin, Role.TenantMember])(
    'a %s never receives a staff-only field in any answer, list, export, timeline or PDF',
    async (role) => {
      const { found, read, tried } = await readEverything(role, MARKER);
      COUNTS[`tenantReads_${role}`] = `${read}/${tried}`;
      expect(found).toEqual([]);
      expect(read).toBeGreaterThan(10);
    },
    300_000,
  );

  it.each([Role.Accountant, Role.Auditor])(
    'a %s never receives session notes or subsidy staff notes',
    async (role) => {
      const { found, read } = await readEverything(role, NOTES_MARKER);
      COUNTS[`staffReads_${role}`] = read;
      expect(found).toEqual([]);
    },
    300_000,
  );

  it("an advisor reads no other advisor's sessions", async () => {
    const { t, a } = world();
    const token = a.tokens.get(Role.Advisor)!;
    await t.http.get(`/api/v1/advisory-sessions/${a.sessionIds.T1}`).set(bearer(token)).expect(404);
    await t.http
      .patch(`/api/v1/advisory-sessions/${a.sessionIds.T1}`)
      .set(bearer(token))
      .send({ notes: 'rewritten' })
      .expect(404);
    await t.http
      .post(`/api/v1/advisory-sessions/${a.sessionIds.T1}/transitions`)
      .set(bearer(token))
      .send({ to: 'no_show' })
      .expect(404);
    const { found } = await readEverything(Role.Advisor, NOTES_MARKER, (r) => r.path.includes('advisory-sessions'));
    expect(found).toEqual([]);
  });

  it('no mail or notification queued for a tenant user carries a staff-only field', async () => {
    const { t, a } = world();
    const emails = [a.emails.get(Role.TenantAdmin)!, a.emails.get(Role.TenantMember)!];
    const queued: { payload: unknown }[] = await t.app
      .get(TransactionRunner)
      .asSystem((em) => em.query(`SELECT payload FROM outbox_messages WHERE job_name = 'send-email'`));
    const forTenants = queued.filter((m) => emails.some((e) => JSON.stringify(m.payload).includes(e)));
    const sent = t.smtp.messages.filter((m) => emails.some((e) => JSON.stringify(m.to).includes(e)));
    const leaks = [...forTenants.map((m) => JSON.stringify(m.payload)), ...sent.map((m) => `${m.subject} ${m.text}`)];
    COUNTS.tenantMails = leaks.length;
    expect(leaks.filter((text) => text.includes(MARKER))).toEqual([]);
  });
}
