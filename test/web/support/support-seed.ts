import TestAgent from 'supertest/lib/agent';
import { bearer, createActiveTenant } from '../../support/factories';

export interface SupportSeed {
  tenantId: string;
  tenantName: string;
  programId: string;
  roundId: string;
  planningCaseTitle: string;
  advisorId: string;
  advisorName: string;
}

/** Tokyo calendar date `days` from today. */
export function tokyoDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + days * 86_400_000));
}

/** A tenant, a subsidy programme with a round and a case in planning, and an advisor with weekday hours. */
export async function seedSupport(http: TestAgent, token: string): Promise<SupportSeed> {
  const auth = bearer(token);
  const tenantName = '株式会社たまご精機';
  const tenantId = await createActiveTenant(http, token, tenantName);
  const today = tokyoDate();
  const program = await http
    .post('/api/v1/subsidy-programs')
    .set(auth)
    .send({
      name: 'ものづくり補助金',
      agency: '中小企業庁',
      subsidyRate: '2/3',
      maxAmount: 10_000_000,
      rounds: [
        {
          name: '第20回',
          opensOn: tokyoDate(-30),
          closesOn: tokyoDate(5),
          projectDeadline: tokyoDate(300),
          prerequisiteCutoffs: [
            { key: 'gbizid', dueOn: tokyoDate(-2), labelJa: 'gBizIDプライム取得', labelEn: 'gBizID' },
          ],
        },
      ],
    })
    .expect(201);
  const roundId = program.body.rounds[0].id as string;
  const planningCaseTitle = '新型射出成形機の導入';
  await http
    .post('/api/v1/subsidy-applications')
    .set(auth)
    .send({ tenantId, programId: program.body.id, roundId, title: planningCaseTitle, requestedAmount: 8_000_000 })
    .expect(201);
  // A second case already applied, so the programme has figures and the board two columns in use.
  const other = await http
    .post('/api/v1/subsidy-applications')
    .set(auth)
    .send({ tenantId, programId: program.body.id, roundId, title: 'IoT電力計測の実証', requestedAmount: 3_000_000 })
    .expect(201);
  await http
    .post(`/api/v1/subsidy-applications/${other.body.id}/transitions`)
    .set(auth)
    .send({ to: 'applied', appliedOn: today })
    .expect(200);
  const advisorName = '山田 花子';
  const advisor = await http
    .post('/api/v1/advisors')
    .set(auth)
    .send({
      name: advisorName,
      kind: 'certified_sme_consultant',
      expertise: ['資金繰り', '補助金申請'],
      availability: {
        weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
        slots: [],
      },
    })
    .expect(201);
  return {
    tenantId,
    tenantName,
    programId: program.body.id,
    roundId,
    planningCaseTitle,
    advisorId: advisor.body.id,
    advisorName,
  };
}
