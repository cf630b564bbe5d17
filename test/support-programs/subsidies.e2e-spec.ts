import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { supportClient } from '../support/tenants';

describe('subsidy programmes and cases', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: string;
  let tenantA: string;
  let tenantB: string;
  let tenantUser: string;
  let programId: string;
  let roundId: string;

  const program = (token: string, body: object = {}) =>
    t.http
      .post('/api/v1/subsidy-programs')
      .set(bearer(token))
      .send({
        name: `ものづくり補助金 ${Math.random()}`,
        agency: '中小企業庁',
        subsidyRate: '2/3',
        maxAmount: 10_000_000,
        rounds: [
          {
            name: '第18回',
            opensOn: '2027-04-01',
            closesOn: '2027-05-31',
            projectDeadline: '2028-01-31',
            prerequisiteCutoffs: [{ key: 'chamber_support_plan', dueOn: '2027-05-16' }],
          },
        ],
        ...body,
      });
  const tenant = (token: string, name: string) => supportClient(t.http, token, name);
  const openCase = async (tenantId = tenantA) =>
    (
      await t.http
        .post('/api/v1/subsidy-applications')
        .set(bearer(im))
        .send({ tenantId, programId, roundId, requestedAmount: 9_000_000, staffNotes: 'secret: owner is hesitant' })
        .expect(201)
    ).body.id as string;
  const move = (id: string, body: object) =>
    t.http.post(`/api/v1/subsidy-applications/${id}/transitions`).set(bearer(im)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '施設A');
    other = await createFacility(t.app, t.http, '施設B');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    tenantA = await tenant(im, '株式会社エー');
    tenantB = await tenant(im, '株式会社ビー');
    tenantUser = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId: tenantA })).token;
    const res = await program(im).expect(201);
    programId = res.body.id;
    roundId = res.body.rounds[0].id;
    expect(res.body).toMatchObject({
      subsidyRate: '2/3',
      maxAmount: 10_000_000,
      reportWithinDays: 30,
      commercialisationReportCount: 5,
    });
  });
  afterAll(() => t.close());

  it.each([['0.66'], [0.5], ['2/3.0'], ['3/2']])(
    'refuses subsidyRate %p with a 400 naming subsidyRate',
    async (rate) => {
      const res = await program(im, { subsidyRate: rate }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('subsidyRate');
    },
  );

  it('reduces the fraction and validates round dates, naming the field', async () => {
    expect((await program(im, { subsidyRate: '4/6' }).expect(201)).body.subsidyRate).toBe('2/3');
    const bad = await program(im, { rounds: [{ name: 'x', opensOn: '2027-06-01', closesOn: '2027-05-01' }] }).expect(
      400,
    );
    expect(bad.body.errors[0].field).toBe('rounds[0].closesOn');
    const cut = await program(im, {
      rounds: [
        {
          name: 'x',
          opensOn: '2027-04-01',
          closesOn: '2027-05-01',
          prerequisiteCutoffs: [{ key: 'chamber_support_plan', dueOn: '2027-05-02' }],
        },
      ],
    }).expect(400);
    expect(cut.body.errors[0].field).toBe('rounds[0].prerequisiteCutoffs[0].dueOn');
  });

  it('takes and answers prerequisite cut-offs in camelCase (labelJa/labelEn), and migrates stored snake_case ones', async () => {
    const round = {
      name: '第20回',
      opensOn: '2027-04-01',
      closesOn: '2027-05-31',
      prerequisiteCutoffs: [
        { key: 'bank_letter', dueOn: '2027-05-10', labelJa: '金融機関確認書', labelEn: 'Bank letter' },
      ],
    };
    const created = await program(im, { rounds: [round] }).expect(201);
    expect(created.body.rounds[0].prerequisiteCutoffs).toEqual(round.prerequisiteCutoffs);
    const snake = await program(im, {
      rounds: [
        { ...round, prerequisiteCutoffs: [{ key: 'bank_letter', dueOn: '2027-05-10', label_ja: 'x', label_en: 'y' }] },
      ],
    }).expect(400);
    expect(JSON.stringify(snake.body.errors)).toContain('label_ja');
    // A round stored before the rename, as the old API wrote it.
    const roundId = created.body.rounds[0].id as string;
    const ds = t.app.get(DataSource);
    await ds.query(`UPDATE subsidy_rounds SET prerequisite_cutoffs = $1::jsonb WHERE id = $2`, [
      JSON.stringify([
        { key: 'bank_letter', dueOn: '2027-05-10', label_ja: '金融機関確認書', label_en: 'Bank letter' },
      ]),
      roundId,
    ]);
    const qr = ds.createQueryRunner();
    try {
      const migration = ds.migrations.find((m) => m.name === 'PrerequisiteCutoffsCamelCase1796170000000');
      expect(migration).toBeDefined();
      await migration!.up(qr);
    } finally {
      await qr.release();
    }
    const after = await t.http.get(`/api/v1/subsidy-programs/${created.body.id}`).set(bearer(im)).expect(200);
    expect(after.body.rounds[0].prerequisiteCutoffs).toEqual(round.prerequisiteCutoffs);
  });

  it('updates rounds nested: renames one, adds one', async () => {
    const created = (await program(im).expect(201)).body;
    const res = await t.http
      .patch(`/api/v1/subsidy-programs/${created.id}`)
      .set(bearer(im))
      .send({
        rounds: [
          { id: created.rounds[0].id, name: '第18回（改）', opensOn: '2027-04-01', closesOn: '2027-05-31' },
          { name: '第19回', opensOn: '2027-08-01', closesOn: '2027-09-30' },
        ],
      })
      .expect(200);
    expect(res.body.rounds.map((r: { name: string }) => r.name)).toEqual(['第18回（改）', '第19回']);
    expect(res.body.rounds[0].id).toBe(created.rounds[0].id);
  });

  it('runs a case from planning to paid with deadlines, amount checks and history', async () => {
    const id = await openCase();
    let res = await t.http.get(`/api/v1/subsidy-applications/${id}`).set(bearer(im)).expect(200);
    expect(res.body.stage).toBe('planning');
    expect(res.body.deadlines.map((d: { key: string; dueOn: string }) => [d.key, d.dueOn])).toEqual([
      ['prerequisite.chamber_support_plan', '2027-05-16'],
      ['gbizid_recommended_start', '2027-05-17'],
      ['application_close', '2027-05-31'],
      ['project_deadline', '2028-01-31'],
      ['performance_report', '2028-01-31'],
    ]);

    const jump = await move(id, { to: 'adopted', date: '2027-05-20' }).expect(409);
    expect(jump.body.allowed).toEqual(['applied', 'withdrawn']);

    await move(id, { to: 'applied', date: '2027-05-20' }).expect(200);
    await move(id, { to: 'adopted', date: '2027-07-10' }).expect(200);
    await move(id, { to: 'grant_applied', date: '2027-07-20' }).expect(200);
    const over = await move(id, { to: 'grant_decided', date: '2027-08-01', decidedAmount: 10_000_001 }).expect(400);
    expect(over.body.errors[0].field).toBe('decidedAmount');
    await move(id, { to: 'grant_decided', date: '2027-08-01', decidedAmount: 6_000_000 }).expect(200);
    await move(id, { to: 'in_progress', date: '2027-08-02' }).expect(200);
    const late = await move(id, { to: 'reported', completedOn: '2028-02-01', reportedOn: '2028-02-10' }).expect(400);
    expect(late.body.errors[0].field).toBe('completedOn');
    // Completed 2028-01-10: the report is due at the earlier of +30 days (2028-02-09) and the deadline (2028-01-31).
    res = await move(id, { to: 'reported', completedOn: '2028-01-10', reportedOn: '2028-01-20' }).expect(200);
    expect(res.body.deadlines.find((d: { key: string }) => d.key === 'performance_report').dueOn).toBe('2028-01-31');
    const fixedTooHigh = await move(id, { to: 'amount_fixed', date: '2028-02-15', fixedAmount: 6_000_001 }).expect(400);
    expect(fixedTooHigh.body.errors[0].field).toBe('fixedAmount');
    await move(id, { to: 'amount_fixed', date: '2028-02-15', fixedAmount: 5_800_000 }).expect(200);
    await move(id, { to: 'claimed', date: '2028-02-20' }).expect(200);
    const paidTooHigh = await move(id, { to: 'paid', date: '2028-03-10', paidAmount: 5_800_001 }).expect(400);
    expect(paidTooHigh.body.errors[0].field).toBe('paidAmount');
    res = await move(id, { to: 'paid', date: '2028-03-10', paidAmount: 5_800_000, note: 'staff: paid early' }).expect(
      200,
    );
    expect(res.body).toMatchObject({
      stage: 'paid',
      decidedAmount: 6_000_000,
      fixedAmount: 5_800_000,
      paidAmount: 5_800_000,
    });
    expect(res.body.history.map((h: { to: string }) => h.to)).toEqual([
      'planning',
      'applied',
      'adopted',
      'grant_applied',
      'grant_decided',
      'in_progress',
      'reported',
      'amount_fixed',
      'claimed',
      'paid',
    ]);
    // Paid in FY2027 (March 2028): five yearly reports FY2027..FY2031, due 31 May after each.
    expect(
      res.body.deadlines
        .filter((d: { key: string }) => d.key.startsWith('commercialisation'))
        .map((d: { dueOn: string }) => d.dueOn),
    ).toEqual(['2028-05-31', '2029-05-31', '2030-05-31', '2031-05-31', '2032-05-31']);
    expect((await move(id, { to: 'withdrawn', date: '2028-04-01', reason: 'x' }).expect(409)).body.allowed).toEqual([]);
  });

  it('uses completion + N days when that is earlier than the project deadline (month-end)', async () => {
    const id = await openCase();
    for (const [to, date] of [
      ['applied', '2027-05-20'],
      ['adopted', '2027-07-10'],
      ['grant_applied', '2027-07-20'],
    ])
      await move(id, { to, date }).expect(200);
    await move(id, { to: 'grant_decided', date: '2027-08-01', decidedAmount: 6_000_000 }).expect(200);
    await move(id, { to: 'in_progress', date: '2027-08-02' }).expect(200);
    const res = await move(id, { to: 'reported', completedOn: '2027-12-31', reportedOn: '2028-01-05' }).expect(200);
    expect(res.body.deadlines.find((d: { key: string }) => d.key === 'performance_report').dueOn).toBe('2028-01-30');
  });

  it('keeps checklists, refuses an order before the grant decision, and stores evidence files', async () => {
    const id = await openCase();
    let res = await t.http
      .patch(`/api/v1/subsidy-applications/${id}`)
      .set(bearer(im))
      .send({ prerequisites: [{ key: 'gbizid', done: true, doneOn: '2027-04-10' }] })
      .expect(200);
    expect(res.body.prerequisites[0]).toEqual({
      key: 'gbizid',
      label: 'gBizIDプライム取得',
      done: true,
      doneOn: '2027-04-10',
      tenantMayTick: true,
    });
    expect(res.body.deadlines.some((d: { key: string }) => d.key === 'gbizid_recommended_start')).toBe(false);
    res = await t.http
      .patch(`/api/v1/subsidy-applications/${id}`)
      .set(bearer(im))
      .send({ evidence: [{ key: 'order', done: true, doneOn: '2027-04-15' }] })
      .expect(400);
    expect(res.body.errors[0].field).toBe('evidence');

    const content = Buffer.from('%PDF-1.4 見積書');
    const up = await t.http
      .post(`/api/v1/subsidy-applications/${id}/attachments`)
      .set(bearer(tenantUser))
      .field('purpose', 'quotes')
      .attach('file', content, { filename: '見積書.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(up.body).toMatchObject({
      purpose: 'quotes',
      filename: '見積書.pdf',
      contentType: 'application/pdf',
      size: content.length,
    });
    expect(up.body.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    const down = await t.http
      .get(`/api/v1/subsidy-applications/${id}/attachments/${up.body.id}`)
      .set(bearer(im))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(down.body as Buffer, content)).toBe(0);
    const big = await t.http
      .post(`/api/v1/subsidy-applications/${id}/attachments`)
      .set(bearer(im))
      .field('purpose', 'photos')
      .attach('file', Buffer.alloc(10 * 1024 * 1024 + 1), { filename: 'big.jpg', contentType: 'image/jpeg' });
    expect(big.status).toBe(413);
    // A multipart text field gets the edge check a JSON body gets (issue 14): the same 400 and code.
    for (const [purpose, code] of [
      ['quo\u0000tes', 'controlCharacter'],
      ['\u202Equotes', 'bidiControl'],
    ] as const) {
      const bad = await t.http
        .post(`/api/v1/subsidy-applications/${id}/attachments`)
        .set(bearer(im))
        .field('purpose', purpose)
        .attach('file', content, { filename: '見積書.pdf', contentType: 'application/pdf' })
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'purpose', code })]);
    }
    const spoofed = await t.http
      .post(`/api/v1/subsidy-applications/${id}/attachments`)
      .set(bearer(im))
      .field('purpose', 'quotes')
      .attach('file', content, { filename: '見積書\u202Efdp.exe', contentType: 'application/pdf' })
      .expect(400);
    expect(spoofed.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'bidiControl' })]);
    const list = await t.http.get(`/api/v1/subsidy-applications/${id}/attachments`).set(bearer(im)).expect(200);
    expect(list.body).toHaveLength(1);
  });

  it('counts adoption per programme and round in basis points', async () => {
    const created = (await program(im).expect(201)).body;
    const mk = async () =>
      (
        await t.http
          .post('/api/v1/subsidy-applications')
          .set(bearer(im))
          .send({ tenantId: tenantB, programId: created.id, roundId: created.rounds[0].id })
          .expect(201)
      ).body.id as string;
    const ids = [await mk(), await mk(), await mk(), await mk()];
    for (const id of ids) await move(id, { to: 'applied', date: '2027-05-20' }).expect(200);
    await move(ids[0], { to: 'adopted', date: '2027-07-10' }).expect(200);
    await move(ids[1], { to: 'adopted', date: '2027-07-10' }).expect(200);
    await move(ids[2], { to: 'not_adopted', date: '2027-07-10' }).expect(200);
    const res = await t.http.get(`/api/v1/subsidy-programs/${created.id}/stats`).set(bearer(im)).expect(200);
    expect(res.body).toMatchObject({
      applied: 4,
      adopted: 2,
      notAdopted: 1,
      undecided: 1,
      adoptionRateBp: 6667,
      adoptionRate: '66.67%',
    });
    expect(res.body.rounds[0]).toMatchObject({ roundId: created.rounds[0].id, applied: 4, adoptionRateBp: 6667 });
  });

  it("shows tenant users only their own tenant's cases, never staff notes", async () => {
    const own = await openCase(tenantA);
    const foreign = await openCase(tenantB);
    await move(own, { to: 'applied', date: '2027-05-20', note: 'staff remark' }).expect(200);
    const staffView = await t.http.get(`/api/v1/subsidy-applications/${own}`).set(bearer(im)).expect(200);
    expect(staffView.body.staffNotes).toBe('secret: owner is hesitant');
    expect(staffView.body.history[1].note).toBe('staff remark');

    const list = await t.http.get('/api/v1/subsidy-applications?limit=200').set(bearer(tenantUser)).expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((a: { tenantId: string }) => a.tenantId === tenantA)).toBe(true);
    const get = await t.http.get(`/api/v1/subsidy-applications/${own}`).set(bearer(tenantUser)).expect(200);
    for (const body of [get.body, ...list.body.items]) {
      expect(JSON.stringify(body)).not.toContain('secret');
      expect(JSON.stringify(body)).not.toContain('staff remark');
      expect(body).not.toHaveProperty('staffNotes');
    }
    await t.http.get(`/api/v1/subsidy-applications/${foreign}`).set(bearer(tenantUser)).expect(404);
    await t.http
      .get(`/api/v1/subsidy-applications?tenantId=${tenantB}`)
      .set(bearer(tenantUser))
      .expect(200)
      .expect((r) => {
        expect(r.body.items.every((a: { tenantId: string }) => a.tenantId === tenantA)).toBe(true);
      });
    await move(own, { to: 'adopted', date: '2027-07-01' }).set(bearer(tenantUser)).expect(403);
  });

  it("isolates facilities: another facility's programmes, cases and attachments are unknown", async () => {
    const id = await openCase();
    await t.http.get(`/api/v1/subsidy-programs/${programId}`).set(bearer(other.adminToken)).expect(404);
    await t.http.get(`/api/v1/subsidy-programs/${programId}/stats`).set(bearer(other.adminToken)).expect(404);
    await t.http
      .patch(`/api/v1/subsidy-programs/${programId}`)
      .set(bearer(other.adminToken))
      .send({ name: 'x' })
      .expect(404);
    await t.http.delete(`/api/v1/subsidy-programs/${programId}`).set(bearer(other.adminToken)).expect(404);
    await t.http.get(`/api/v1/subsidy-applications/${id}`).set(bearer(other.adminToken)).expect(404);
    await t.http
      .patch(`/api/v1/subsidy-applications/${id}`)
      .set(bearer(other.adminToken))
      .send({ title: 'x' })
      .expect(404);
    await t.http
      .post(`/api/v1/subsidy-applications/${id}/transitions`)
      .set(bearer(other.adminToken))
      .send({ to: 'applied', date: '2027-05-20' })
      .expect(404);
    await t.http.get(`/api/v1/subsidy-applications/${id}/attachments`).set(bearer(other.adminToken)).expect(404);
    const lists = await t.http.get('/api/v1/subsidy-applications').set(bearer(other.adminToken)).expect(200);
    expect(lists.body).toEqual({ items: [], total: 0 });
    expect((await t.http.get('/api/v1/subsidy-programs').set(bearer(other.adminToken)).expect(200)).body.total).toBe(0);
    // Body ids of another facility are unknown: 400 naming the field.
    const otherProgram = (await program(other.adminToken).expect(201)).body;
    const res = await t.http
      .post('/api/v1/subsidy-applications')
      .set(bearer(im))
      .send({ tenantId: tenantA, programId: otherProgram.id, roundId: otherProgram.rounds[0].id })
      .expect(400);
    expect(res.body.errors[0].field).toBe('programId');
    const otherTenant = await tenant(other.adminToken, 'よそ');
    const res2 = await t.http
      .post('/api/v1/subsidy-applications')
      .set(bearer(im))
      .send({ tenantId: otherTenant, programId, roundId })
      .expect(400);
    expect(res2.body.errors[0].field).toBe('tenantId');
  });
});
