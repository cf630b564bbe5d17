import { TransactionRunner, inBulkMode, queryRows } from '@tamago/database';
import { DataSource } from 'typeorm';
import { TestFacility, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

/**
 * TransactionRunner opens its transactions with BEGIN and the settings in one round trip (literals
 * escaped by pg) and then hands TypeORM an open transaction: what dataSource.transaction gave before
 * must still hold — the settings and role, commit, rollback, savepoints, a clean connection after.
 */
describe('facility and system transactions', () => {
  let t: TestApp;
  let f: TestFacility;
  let tx: TransactionRunner;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '取引の施設');
    tx = t.app.get(TransactionRunner);
    // In a schema of its own: the schema tests, which may run at the same time, read only public.
    await tx.asSystem((em) => em.query(`CREATE SCHEMA IF NOT EXISTS tx_probe`));
    await tx.asSystem((em) => em.query(`CREATE TABLE IF NOT EXISTS tx_probe.probe (v text PRIMARY KEY)`));
    await tx.asSystem((em) => em.query(`GRANT USAGE ON SCHEMA tx_probe TO tamago_app`));
    await tx.asSystem((em) => em.query(`GRANT SELECT, INSERT ON tx_probe.probe TO tamago_app`));
  });
  afterAll(async () => {
    await tx.asSystem((em) => em.query(`DROP SCHEMA IF EXISTS tx_probe CASCADE`));
    await t.close();
  });

  const count = async (v: string) =>
    Number(
      (
        await tx.asSystem((em) =>
          queryRows<{ n: string }>(em, `SELECT count(*) AS n FROM tx_probe.probe WHERE v = $1`, [v]),
        )
      )[0].n,
    );

  it('runs facility work as the RLS role with the facility and actor set, in one transaction that commits', async () => {
    const actor = f.adminUserId;
    const seen = await tx.inFacility(
      f.facilityId,
      async (em) => {
        const [{ started }] = await queryRows<{ started: Date }>(em, `SELECT now() AS started`);
        await em.query(`INSERT INTO tx_probe.probe (v) VALUES ('committed')`);
        const [row] = await queryRows<{ facility: string; actor: string; role: string; started: Date }>(
          em,
          `SELECT current_setting('tamago.facility_id') AS facility, current_setting('tamago.actor_id') AS actor,
                  current_user AS role, now() AS started FROM pg_sleep(0.01)`,
        );
        // One transaction: its time stands still across the statements.
        return { ...row, sameTransaction: row.started.getTime() === started.getTime(), started: undefined };
      },
      actor,
    );
    expect(seen).toEqual({
      facility: f.facilityId,
      actor,
      role: 'tamago_app',
      sameTransaction: true,
      started: undefined,
    });
    expect(await count('committed')).toBe(1);
    // The settings were the transaction's only: the pooled connection is back to the owner, unset.
    const after = await tx.readAsSystem((em) =>
      queryRows<{ facility: string | null; role: string }>(
        em,
        `SELECT nullif(current_setting('tamago.facility_id', true), '') AS facility, current_user AS role`,
      ),
    );
    expect(after[0]).toEqual({ facility: null, role: expect.not.stringMatching(/^tamago_app$/) });
  });

  it('rolls back everything when the work fails, and the connection serves the next transaction', async () => {
    await expect(
      tx.inFacility(f.facilityId, async (em) => {
        await em.query(`INSERT INTO tx_probe.probe (v) VALUES ('rolled-back')`);
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    // A statement error aborts the transaction: the rollback still ends it cleanly.
    await expect(tx.inFacility(f.facilityId, (em) => em.query(`SELECT 1 / 0`))).rejects.toThrow(/division by zero/);
    expect(await count('rolled-back')).toBe(0);
    // Every pooled connection still works (none was left inside an aborted transaction).
    const pool = t.app.get(DataSource).driver.options.extra?.max ?? 10;
    const results = await Promise.all(
      Array.from({ length: Number(pool) + 2 }, () => tx.inFacility(f.facilityId, (em) => em.query(`SELECT 1 AS one`))),
    );
    expect(results.every((r) => r[0].one === 1)).toBe(true);
  });

  it('gives nested transactions a savepoint: an inner failure undoes only the inner work', async () => {
    await tx.inFacility(f.facilityId, async (em) => {
      await em.query(`INSERT INTO tx_probe.probe (v) VALUES ('outer')`);
      await em
        .transaction(async (inner) => {
          await inner.query(`INSERT INTO tx_probe.probe (v) VALUES ('inner')`);
          throw new Error('inner failed');
        })
        .catch(() => undefined);
    });
    expect([await count('outer'), await count('inner')]).toEqual([1, 0]);
  });

  it('sets any value as a literal: quotes and backslashes in a setting are data, not SQL', async () => {
    const odd = `x'); DROP SCHEMA tx_probe CASCADE; --\\'`;
    const actor = await tx.asSystem(
      (em) => queryRows<{ a: string }>(em, `SELECT current_setting('tamago.actor_id') AS a`),
      odd,
    );
    expect(actor[0].a).toBe(odd);
    const facility = await tx.inFacility(odd, (em) =>
      queryRows<{ v: string }>(em, `SELECT current_setting('tamago.facility_id') AS v`),
    );
    expect(facility[0].v).toBe(odd);
    expect(await count('outer')).toBe(1); // the table is still there
  });

  it('turns synchronous commit off for the transaction in bulk mode only', async () => {
    const mode = () =>
      tx.inFacility(
        f.facilityId,
        async (em) => (await queryRows<{ s: string }>(em, `SELECT current_setting('synchronous_commit') AS s`))[0].s,
      );
    expect(await mode()).toBe('on');
    expect(await inBulkMode(mode)).toBe('off');
  });
});
