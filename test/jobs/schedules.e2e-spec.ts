import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { JobProducer, ScheduleRunner } from '@tamago/jobs';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitForRun } from '../billing/billing-helpers';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { eventually, isolatedStore } from './helpers';

// Each file migrates its own database first; the machine is shared.
jest.setTimeout(120_000);

describe('schedules: facility kinds in each facility time zone, once per occasion', () => {
  let store: Awaited<ReturnType<typeof isolatedStore>>;
  let t: TestApp;
  let tokyo: TestFacility;
  let honolulu: TestFacility;
  let runner: ScheduleRunner;

  const setZone = (f: TestFacility, zone: string) =>
    t.app
      .get(TransactionRunner)
      .asSystem((em) => em.query(`UPDATE facilities SET time_zone = $1 WHERE id = $2`, [zone, f.facilityId]));
  const runsOf = (f: TestFacility) =>
    t.app
      .get(TransactionRunner)
      .inFacility(f.facilityId, (em) =>
        queryRows<{ kind: string; occasion: string }>(
          em,
          `SELECT kind, to_char(occasion, 'YYYY-MM-DD') AS occasion FROM schedule_runs WHERE facility_id = $1 ORDER BY kind, occasion`,
          [f.facilityId],
        ),
      );
  const billingRuns = async (f: TestFacility) =>
    (await t.http.get('/api/v1/billing-runs').set(bearer(f.adminToken)).expect(200)).body.items as {
      id: string;
      period: string;
    }[];
  const only = (kind: string) => async (f: TestFacility) => (await runsOf(f)).filter((r) => r.kind === kind);

  beforeAll(async () => {
    store = await isolatedStore('schedules');
    t = await createTestApp({ worker: true });
    tokyo = await createFacility(t.app, t.http, '東京の施設');
    honolulu = await createFacility(t.app, t.http, 'ホノルルの施設');
    await setZone(honolulu, 'Pacific/Honolulu');
    runner = t.app.get(ScheduleRunner);
    for (const f of [tokyo, honolulu]) {
      await t.http
        .put('/api/v1/schedule-settings/billing-preview')
        .set(bearer(f.adminToken))
        .send({ dayOfMonth: 20, localTime: '09:00' })
        .expect(200);
    }
  });
  afterAll(async () => {
    await t.close();
    await store.drop();
  });

  it('lists the kinds with the facility setting and the next run', async () => {
    const res = await t.http.get('/api/v1/schedule-settings').set(bearer(honolulu.adminToken)).expect(200);
    const billing = res.body.items.find((i: { kind: string }) => i.kind === 'billing-preview');
    expect(billing).toMatchObject({ enabled: true, dayOfMonth: 20, localTime: '09:00', next: expect.any(String) });
    // 09:00 in Honolulu (UTC-10) is 19:00 UTC on the 20th.
    expect(billing.next).toMatch(/-20T19:00:00\.000Z$/);
  });

  it('refuses bad settings naming the field, and unknown kinds', async () => {
    const bad = await t.http
      .put('/api/v1/schedule-settings/billing-preview')
      .set(bearer(tokyo.adminToken))
      .send({ localTime: '25:00', dayOfMonth: 0, extra: true })
      .expect(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['dayOfMonth', 'extra', 'localTime']);
    await t.http
      .put('/api/v1/schedule-settings/nope')
      .set(bearer(tokyo.adminToken))
      .send({ enabled: false })
      .expect(404);
  });

  it("fires at 09:00 local: Tokyo's morning is Honolulu's previous afternoon", async () => {
    const tokyoNine = new Date('2027-01-20T00:00:00Z'); // 09:00 in Tokyo, 14:00 on the 19th in Honolulu
    const honoluluNine = new Date('2027-01-20T19:00:00Z'); // 09:00 in Honolulu, 04:00 on the 21st in Tokyo
    const billing = only('billing-preview');

    const at = (f: TestFacility, zone: string, instant: string) =>
      runner.runFacility(f.facilityId, zone, new Date(instant)).then((k) => k.sort());

    expect(await at(tokyo, 'Asia/Tokyo', '2027-01-19T23:55:00Z')).toEqual([]); // 08:55 in Tokyo
    expect(await at(tokyo, 'Asia/Tokyo', tokyoNine.toISOString())).toEqual(['billing-preview', 'reminder-sweep']);
    // At that instant Honolulu is at 14:00 on the 19th: its sweep of the 19th starts (and, past 10:00,
    // its KPI survey invitations), no billing.
    expect(await at(honolulu, 'Pacific/Honolulu', tokyoNine.toISOString())).toEqual([
      'kpi-survey-invitations',
      'reminder-sweep',
    ]);
    expect(await billing(honolulu)).toEqual([]);
    expect(await at(honolulu, 'Pacific/Honolulu', '2027-01-20T18:55:00Z')).toEqual([]); // 08:55 in Honolulu
    expect(await at(honolulu, 'Pacific/Honolulu', honoluluNine.toISOString())).toEqual([
      'billing-preview',
      'reminder-sweep',
    ]);
    expect(await only('reminder-sweep')(honolulu)).toEqual([
      { kind: 'reminder-sweep', occasion: '2027-01-19' },
      { kind: 'reminder-sweep', occasion: '2027-01-20' },
    ]);

    expect(await billing(tokyo)).toEqual([{ kind: 'billing-preview', occasion: '2027-01-20' }]);
    expect(await billing(honolulu)).toEqual([{ kind: 'billing-preview', occasion: '2027-01-20' }]);
    // The occasion's job previews next month's run; issuing waits for a person (no automatic issue).
    for (const f of [tokyo, honolulu]) {
      const [run] = await eventually(async () => {
        const runs = await billingRuns(f);
        return runs.length ? runs : null;
      }, 'scheduled billing run');
      expect(run.period).toBe('2027-02');
      expect((await waitForRun(t.http, f.adminToken, run.id, ['previewed'])).status).toBe('previewed');
    }
  });

  it('two workers evaluating the same tick start one occasion (and upsert one scheduler)', async () => {
    const env = { JOB_SCHEDULES: 'true' };
    Object.assign(process.env, env);
    const workers: INestApplicationContext[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const w = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
        await w.init();
        workers.push(w);
      }
      const at = new Date('2027-02-20T00:05:00Z');
      const started = await Promise.all(
        workers.flatMap((w) => [
          w.get(ScheduleRunner).runFacility(tokyo.facilityId, 'Asia/Tokyo', at),
          w.get(ScheduleRunner).runFacility(tokyo.facilityId, 'Asia/Tokyo', at),
        ]),
      );
      expect(started.filter((s) => s.includes('billing-preview'))).toHaveLength(1);
      expect(await only('billing-preview')(tokyo)).toEqual([
        { kind: 'billing-preview', occasion: '2027-01-20' },
        { kind: 'billing-preview', occasion: '2027-02-20' },
      ]);
      // Both workers upserted the platform tick under its stable id: one scheduler.
      const schedulers = await workers[0].get(JobProducer).queueOf('schedule-tick').getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toEqual(['platform-tick']);
    } finally {
      delete process.env.JOB_SCHEDULES;
      for (const w of workers) await w.close();
    }
  });

  it('a kind switched off does not fire', async () => {
    await t.http
      .put('/api/v1/schedule-settings/billing-preview')
      .set(bearer(honolulu.adminToken))
      .send({ enabled: false })
      .expect(200);
    expect(
      await runner.runFacility(honolulu.facilityId, 'Pacific/Honolulu', new Date('2027-02-20T19:00:00Z')),
    ).not.toContain('billing-preview');
  });
});
