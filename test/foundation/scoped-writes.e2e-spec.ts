import { randomBytes } from 'node:crypto';
import { ScopedWriteError, TransactionRunner, removeScoped, saveScoped } from '@tamago/database';
import { Tenant, TenantContact } from '@tamago/tenants/entities';
import { TestFacility, bearer, createActiveTenant, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

/** saveScoped/removeScoped: writes name their facility, count their rows and stay audited. */
describe('scoped writes', () => {
  let t: TestApp;
  let tx: TransactionRunner;
  let a: TestFacility;
  let b: TestFacility;
  let tenantId: string;

  beforeAll(async () => {
    t = await createTestApp();
    tx = t.app.get(TransactionRunner);
    a = await createFacility(t.app, t.http, '書込施設A');
    b = await createFacility(t.app, t.http, '書込施設B');
    tenantId = await createActiveTenant(t.http, a.adminToken, '株式会社スコープ');
  });
  afterAll(() => t.close());

  const auditOf = (facilityId: string, action: string) =>
    tx.asSystem(
      (em) =>
        em.query(
          `SELECT changes FROM audit_events WHERE facility_id = $1 AND entity_id = $2 AND action = $3 ORDER BY occurred_at`,
          [facilityId, tenantId, action],
        ) as Promise<{ changes: Record<string, { before: unknown; after: unknown }> }[]>,
    );

  it('updates only the changed columns of the own facility, refreshes updatedAt and audits the change', async () => {
    const before = await tx.inFacility(a.facilityId, (em) => em.findOneByOrFail(Tenant, { id: tenantId }));
    const saved = await tx.inFacility(a.facilityId, async (em) => {
      const tenant = await em.findOneByOrFail(Tenant, { id: tenantId });
      tenant.industry = 'ソフトウェア';
      return saveScoped(em, a.facilityId, tenant);
    });
    expect(saved.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const after = await tx.inFacility(a.facilityId, (em) => em.findOneByOrFail(Tenant, { id: tenantId }));
    expect(after.industry).toBe('ソフトウェア');
    expect(after.name).toBe(before.name);
    const updates = await auditOf(a.facilityId, 'update');
    expect(updates.at(-1)!.changes).toEqual({ industry: { before: before.industry, after: 'ソフトウェア' } });
  });

  it('writes nothing when nothing changed', async () => {
    const count = (await auditOf(a.facilityId, 'update')).length;
    await tx.inFacility(a.facilityId, async (em) =>
      saveScoped(em, a.facilityId, await em.findOneByOrFail(Tenant, { id: tenantId })),
    );
    expect(await auditOf(a.facilityId, 'update')).toHaveLength(count);
  });

  it("refuses a row of another facility, or one the caller's facility cannot see, and writes nothing", async () => {
    const loaded = await tx.asSystem((em) => em.findOneByOrFail(Tenant, { id: tenantId }));
    loaded.industry = '別施設からの書込';
    await expect(tx.inFacility(b.facilityId, (em) => saveScoped(em, b.facilityId, loaded))).rejects.toThrow(
      ScopedWriteError,
    );
    // The row says facility A, but the transaction is facility B's: RLS hides it and no row matches.
    await expect(tx.inFacility(b.facilityId, (em) => saveScoped(em, a.facilityId, loaded))).rejects.toThrow(
      ScopedWriteError,
    );
    await expect(tx.inFacility(b.facilityId, (em) => removeScoped(em, a.facilityId, loaded))).rejects.toThrow(
      ScopedWriteError,
    );
    const still = await tx.asSystem((em) => em.findOneByOrFail(Tenant, { id: tenantId }));
    expect(still.industry).toBe('ソフトウェア');
  });

  it('deletes the given rows of the facility with one statement and audits each', async () => {
    await t.http
      .patch(`/api/v1/tenants/${tenantId}`)
      .set(bearer(a.adminToken))
      .send({
        contacts: [
          { role: 'representative', name: '山田 太郎' },
          { role: 'billing', name: '鈴木 花子' },
        ],
      })
      .expect(200);
    const contacts = await tx.inFacility(a.facilityId, (em) => em.findBy(TenantContact, { tenantId }));
    expect(contacts).toHaveLength(2);
    await tx.inFacility(a.facilityId, (em) => removeScoped(em, a.facilityId, contacts));
    expect(await tx.inFacility(a.facilityId, (em) => em.countBy(TenantContact, { tenantId }))).toBe(0);
    const deletes: { n: number }[] = await tx.asSystem((em) =>
      em.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE facility_id = $1 AND action = 'delete' AND entity_id = ANY($2)`,
        [a.facilityId, contacts.map((c) => c.id)],
      ),
    );
    expect(deletes[0].n).toBe(2);
  });

  it('inserts a row not saved yet (find-or-create), after checking its facility', async () => {
    const saved = await tx.inFacility(a.facilityId, (em) =>
      saveScoped(
        em,
        a.facilityId,
        em.create(TenantContact, {
          facilityId: a.facilityId,
          tenantId,
          position: 9,
          role: 'other',
          name: '新規 連絡先',
        }),
      ),
    );
    expect(saved.id).toEqual(expect.any(String));
    expect(await tx.inFacility(a.facilityId, (em) => em.countBy(TenantContact, { id: saved.id }))).toBe(1);
    await expect(
      tx.inFacility(b.facilityId, (em) =>
        saveScoped(
          em,
          b.facilityId,
          em.create(TenantContact, { facilityId: a.facilityId, tenantId, position: 10, role: 'other', name: '越境' }),
        ),
      ),
    ).rejects.toThrow(ScopedWriteError);
  });

  it('lets a request insert a link (user_tokens) only for a user of its own facility', async () => {
    const insert = (facilityId: string, userId: string) =>
      tx.inFacility(facilityId, (em) =>
        em.query(
          `INSERT INTO user_tokens (id, user_id, purpose, token_hash, expires_at) VALUES (gen_random_uuid(), $1, 'invitation', $2, now() + interval '1 hour')`,
          [userId, randomBytes(32).toString('hex')],
        ),
      );
    await expect(insert(b.facilityId, a.adminUserId)).rejects.toThrow(/row-level security/);
    await expect(insert(a.facilityId, a.adminUserId)).resolves.toBeDefined();
  });
});
