import { ChargeService } from '@tamago/billing';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { invoicesOf, issueRun, previewRun, registerIssuer, seedLease, seedTenant } from './billing-helpers';

/**
 * Due dates through real runs (PATCH /facility due-date rule → preview → issue): weekends and
 * national holidays move to the next bank business day, or the previous one when the facility
 * chooses it. The rule in force at issue decides; issued invoices keep theirs.
 */
describe('billing runs: due dates over weekends and national holidays', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let tenantId: string;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '期日テスト施設');
    other = await createFacility(t.app, t.http, '期日別施設');
    await registerIssuer(t.http, f.adminToken);
    tenantId = await seedTenant(t, f.facilityId, 'デルタ株式会社');
    await seedLease(t, f.facilityId, tenantId, {
      startDate: '2026-04-01',
      endDate: '2029-03-31',
      monthlyRent: 50_000,
    });
  });
  afterAll(() => t.close());

  const setRule = (rule: object, token = f.adminToken) =>
    t.http.patch('/api/v1/facility').set(bearer(token)).send({ dueDateRule: rule });
  /** Previews and issues the regular run of `period`; answers its invoices' due dates. */
  const dueDatesOf = async (period: string, issueDate: string, supplementary = false): Promise<string[]> => {
    const run = await previewRun(t.http, f.adminToken, period, supplementary);
    expect(run.status).toBe('previewed');
    expect((await issueRun(t.http, f.adminToken, run.id, issueDate)).status).toBe('issued');
    return (await invoicesOf(t.http, f.adminToken, run.id)).map((i) => i.dueDate!);
  };

  it('default rule: end of month on a Sunday moves to Monday (2027-01-31 → 2027-02-01)', async () => {
    const got = await t.http.get('/api/v1/facility').set(bearer(f.adminToken)).expect(200);
    expect(got.body.dueDateRule).toEqual({ day: 'end_of_month', monthOffset: 0, adjust: 'next' });
    expect(await dueDatesOf('2027-01', '2027-01-05')).toEqual(['2027-02-01']);
  });

  it('a day on a national holiday moves to the next business day (建国記念の日 2027-02-11 → 02-12)', async () => {
    const res = await setRule({ day: 11, monthOffset: 0, adjust: 'next' }).expect(200);
    expect(res.body.dueDateRule).toEqual({ day: 11, monthOffset: 0, adjust: 'next' });
    expect(await dueDatesOf('2027-02', '2027-02-01')).toEqual(['2027-02-12']);
  });

  it('previous business day: a supplementary run issued under the new rule; the issued invoice keeps its date', async () => {
    await setRule({ day: 11, monthOffset: 0, adjust: 'previous' }).expect(200);
    await t.app.get(ChargeService).create(f.facilityId, f.adminUserId, {
      tenantId,
      period: '2027-02',
      description: '会議室利用料',
      quantity: 1,
      unitPrice: 5_000,
      taxCategory: 'standard',
    });
    expect(await dueDatesOf('2027-02', '2027-02-15', true)).toEqual(['2027-02-10']);
    const feb = await t.http
      .get('/api/v1/invoices')
      .query({ period: '2027-02', sort: 'number' })
      .set(bearer(f.adminToken))
      .expect(200);
    expect(feb.body.items.map((i: { number: string; dueDate: string }) => [i.number, i.dueDate])).toEqual([
      ['INV-202702-00002', '2027-02-12'],
      ['INV-202702-00003', '2027-02-10'],
    ]);
  });

  it('Golden Week: 3 to 5 May 2027 are holidays, so a day-3 due date moves to Thursday 6 May', async () => {
    await setRule({ day: 3, monthOffset: 0, adjust: 'next' }).expect(200);
    expect(await dueDatesOf('2027-04', '2027-04-01')).toEqual(['2027-04-05']); // 3 April is a Saturday
    expect(await dueDatesOf('2027-05', '2027-05-01')).toEqual(['2027-05-06']);
  });

  it('end of month on a Saturday, previous business day (2027-07-31 → 07-30); the next month, Sunday → Monday', async () => {
    await setRule({ day: 'end_of_month', monthOffset: 0, adjust: 'previous' }).expect(200);
    expect(await dueDatesOf('2027-07', '2027-07-01')).toEqual(['2027-07-30']);
    // September due at the end of the following month: 2027-10-31 is a Sunday → Monday 1 November.
    await setRule({ day: 'end_of_month', monthOffset: 1, adjust: 'next' }).expect(200);
    expect(await dueDatesOf('2027-09', '2027-09-01')).toEqual(['2027-11-01']);
  });

  it('Golden Week with previous: 3 to 5 May 2028 (Wednesday to Friday) → Tuesday 2 May', async () => {
    await setRule({ day: 3, monthOffset: 0, adjust: 'previous' }).expect(200);
    expect(await dueDatesOf('2028-05', '2028-05-01')).toEqual(['2028-05-02']);
    await setRule({ day: 'end_of_month', monthOffset: 1, adjust: 'next' }).expect(200);
  });

  it('refuses a bad rule naming the field and keeps the rule in force; another facility is untouched', async () => {
    for (const [rule, field] of [
      [{ day: 29, monthOffset: 0, adjust: 'next' }, 'dueDateRule.day'],
      [{ day: 'end_of_month', monthOffset: 2, adjust: 'next' }, 'dueDateRule.monthOffset'],
      [{ day: 'end_of_month', monthOffset: 0, adjust: 'sideways' }, 'dueDateRule.adjust'],
    ] as const) {
      const res = await setRule(rule).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const mine = await t.http.get('/api/v1/facility').set(bearer(f.adminToken)).expect(200);
    expect(mine.body.dueDateRule).toEqual({ day: 'end_of_month', monthOffset: 1, adjust: 'next' });
    const theirs = await t.http.get('/api/v1/facility').set(bearer(other.adminToken)).expect(200);
    expect(theirs.body.dueDateRule).toEqual({ day: 'end_of_month', monthOffset: 0, adjust: 'next' });
    const invoices = await t.http.get('/api/v1/invoices').set(bearer(other.adminToken)).expect(200);
    expect(invoices.body.total).toBe(0);
  });
});
