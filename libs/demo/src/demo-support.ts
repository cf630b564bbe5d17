import { Injectable } from '@nestjs/common';
import { addDays, addMonths, runAt } from '@tamago/core';
import { Role } from '@tamago/identity';
import {
  AdvisorService,
  AdvisorySessionService,
  SubsidyApplicationService,
  SubsidyProgramService,
  SupportSettingsService,
  type AdvisorKind,
  type ApplicationTransition,
  type SessionTopic,
  type SubsidyStage,
} from '@tamago/support';
import { DemoContext, DemoTenant, demoRandom, jst, when } from './demo-context';

/** Advisors of the partner network: [name, kind, organisation index, expertise, weekly slots]. */
const ADVISORS: [string, AdvisorKind, number | null, string[], [number, string, string][]][] = [
  ['技術コーディネーター 青木 修', 'technical_coordinator', 0, ['機械加工', '量産試作'], [[2, '13:00', '17:00']]],
  [
    '技術コーディネーター 石井 正人',
    'technical_coordinator',
    0,
    ['電子回路', 'IoT', '省エネ計測'],
    [[4, '10:00', '15:00']],
  ],
  ['中小企業診断士 山口 誠', 'certified_sme_consultant', 3, ['経営改善', '資金繰り'], [[3, '10:00', '16:00']]],
  [
    '中小企業診断士 小川 恵子',
    'certified_sme_consultant',
    4,
    ['補助金申請', '販路開拓'],
    [
      [1, '13:00', '17:00'],
      [5, '10:00', '12:00'],
    ],
  ],
  ['横浜臨海工科大学 准教授 西村 亮', 'university_researcher', 1, ['材料評価', 'センサー'], [[3, '15:00', '18:00']]],
  ['港北医療大学 教授 藤井 由美', 'university_researcher', 2, ['医療機器', '薬事'], [[5, '14:00', '17:00']]],
];

const TOPICS: [SessionTopic, string, string][] = [
  ['subsidy', 'ものづくり補助金の事業計画書の構成を確認', '加点項目と賃上げ要件を整理。次回までに計画書の初稿を作成。'],
  ['funding', '資金調達（エンジェル・VC）の進め方', '資本政策表の作り方を説明。シード期の調達額の目安を共有。'],
  ['technology', '試作品の量産化に向けた加工方法', '加工先候補を2社紹介。図面の公差を見直すこと。'],
  [
    'intellectual_property',
    '特許出願の要否と先行技術調査',
    'J-PlatPatでの調査方法を説明。出願前に公知化しないよう注意。',
  ],
  ['sales_marketing', '展示会出展後のフォロー営業', 'リード管理表を作成し、2週間以内に全件連絡。'],
  ['management', '月次決算の早期化', '会計ソフトの設定を見直し、翌月10日締めを目標に。'],
  ['carbon_neutrality', '省エネ計測データの活用', '居室の電力使用量データから削減余地を試算。'],
  ['human_resources', '最初の正社員採用', '就業規則の整備と助成金（キャリアアップ助成金）の確認。'],
];

/** Where each demo case stops; every stage of the lifecycle appears. */
const STAGE_PLAN: { stop: SubsidyStage; program: number; round: number }[] = [
  { stop: 'planning', program: 0, round: 2 },
  { stop: 'planning', program: 1, round: 1 },
  { stop: 'applied', program: 1, round: 1 },
  { stop: 'applied', program: 2, round: 1 },
  { stop: 'adopted', program: 0, round: 1 },
  { stop: 'not_adopted', program: 0, round: 1 },
  { stop: 'grant_applied', program: 0, round: 1 },
  { stop: 'grant_decided', program: 1, round: 0 },
  { stop: 'in_progress', program: 0, round: 0 },
  { stop: 'in_progress', program: 2, round: 0 },
  { stop: 'reported', program: 0, round: 0 },
  { stop: 'amount_fixed', program: 1, round: 0 },
  { stop: 'claimed', program: 2, round: 0 },
  { stop: 'paid', program: 2, round: 0 },
  { stop: 'paid', program: 1, round: 0 },
  { stop: 'withdrawn', program: 0, round: 1 },
  { stop: 'cancelled', program: 2, round: 0 },
];

const LIFECYCLE: SubsidyStage[] = [
  'applied',
  'adopted',
  'grant_applied',
  'grant_decided',
  'in_progress',
  'reported',
  'amount_fixed',
  'claimed',
  'paid',
];

/**
 * Subsidy programmes with past and open rounds (deadlines around today, prerequisite cut-offs),
 * cases at every stage, the partner network's advisors with their weekly availability, and a year
 * of advisory sessions and quick consultations with notes, summaries and follow-ups, plus the
 * coming weeks' bookings.
 */
@Injectable()
export class DemoSupportSeeder {
  constructor(
    private readonly programs: SubsidyProgramService,
    private readonly cases: SubsidyApplicationService,
    private readonly advisors: AdvisorService,
    private readonly sessions: AdvisorySessionService,
    private readonly supportSettings: SupportSettingsService,
  ) {}

  async seed(ctx: DemoContext, organizationIds: string[]): Promise<void> {
    const advisorIds = await this.seedAdvisors(ctx, organizationIds);
    await this.seedSessions(ctx, advisorIds);
    await this.seedSubsidies(ctx, advisorIds);
  }

  private async seedAdvisors(ctx: DemoContext, organizationIds: string[]): Promise<string[]> {
    const ids: string[] = [];
    await runAt(when(addMonths(ctx.anchor, -13), '10:00'), async () => {
      // Six free expert sessions per company and fiscal year; beyond that they are charged.
      await this.supportSettings.save(ctx.facilityId, ctx.staff.admin, {
        freeSessionsPerYear: 6,
        quotaPolicy: 'chargeable',
        tenantCancelHours: 24,
      });
      const staffAdvisor = await this.advisors.create(ctx.facilityId, ctx.staff.admin, {
        name: '診断 次郎',
        kind: 'certified_sme_consultant',
        userId: ctx.staff.advisor,
        email: 'advisor@demo.example.jp',
        expertise: ['創業計画', '補助金申請', '資金繰り'],
        availability: { weekly: [1, 3, 5].map((weekday) => ({ weekday, start: '10:00', end: '16:00' })), slots: [] },
      });
      ids.push(staffAdvisor.id);
      for (const [n, [name, kind, org, expertise, weekly]] of ADVISORS.entries()) {
        const advisor = await this.advisors.create(ctx.facilityId, ctx.staff.admin, {
          name,
          kind,
          organizationId: org === null ? null : organizationIds[org],
          email: `advisor${n + 1}@partners.example.jp`,
          expertise,
          availability: { weekly: weekly.map(([weekday, start, end]) => ({ weekday, start, end })), slots: [] },
        });
        ids.push(advisor.id);
      }
    });
    return ids;
  }

  /** About three sessions a week over the last year, a few consultations, and next weeks' bookings. */
  private async seedSessions(ctx: DemoContext, advisorIds: string[]): Promise<void> {
    const rand = demoRandom(20_261_201);
    const active = ctx.tenants.filter((t) => t.status === 'active');
    const login = ctx.tenants.find((t) => t.id === ctx.loginTenantId)!;
    const first = addDays(ctx.today, -364);
    for (let day = first, n = 0; day <= addDays(ctx.today, 21); day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const perDay = rand() < 0.55 ? 1 : rand() < 0.3 ? 2 : 0;
      for (let k = 0; k < perDay; k++, n++) {
        const tenant: DemoTenant = n % 11 === 0 ? login : active[Math.floor(rand() * active.length)];
        const advisorId = advisorIds[n % advisorIds.length];
        const [topic, title, summary] = TOPICS[Math.floor(rand() * TOPICS.length)];
        const hour = 10 + ((n + k * 3) % 6);
        const startsAt = jst(day, `${String(hour).padStart(2, '0')}:00`);
        const endsAt = jst(day, `${String(hour).padStart(2, '0')}:50`);
        const past = day < ctx.today;
        const quick = past && n % 7 === 3;
        const noShow = past && n % 41 === 9;
        const recorded = past && !noShow;
        // Past sessions are recorded by the advisor after they end; upcoming ones were booked last week.
        const at = past ? new Date(endsAt.getTime() + 30 * 60_000) : jst(addDays(ctx.today, -3), '11:00');
        await runAt(at, () =>
          this.sessions.create(
            ctx.facilityId,
            { userId: ctx.staff.im, roles: [Role.IncubationManager], ownTenantId: null },
            {
              kind: quick ? 'consultation' : 'appointment',
              tenantId: tenant.id,
              advisorId: quick ? null : advisorId,
              startsAt: startsAt.toISOString(),
              endsAt: (quick ? new Date(startsAt.getTime() + 15 * 60_000) : endsAt).toISOString(),
              ...(quick ? { channel: n % 2 ? 'phone' : 'walk_in' } : { mode: n % 3 ? 'onsite' : 'online' }),
              topic,
              status: noShow ? 'no_show' : past ? 'completed' : 'booked',
              notes: recorded && n % 3 !== 1 ? `相談内容: ${title}` : null,
              summary: recorded ? summary : null,
              minutesSpent: recorded ? (quick ? 15 : 50) : null,
              followUps:
                recorded && n % 4 === 0
                  ? [
                      {
                        action: '次回面談までに資料を準備',
                        owner: 'tenant',
                        dueOn: addDays(day, 14),
                        done: day < addDays(ctx.today, -14),
                      },
                    ]
                  : [],
            },
          ),
        );
      }
    }
  }

  private async seedSubsidies(ctx: DemoContext, advisorIds: string[]): Promise<void> {
    const { facilityId, today } = ctx;
    const im = ctx.staff.im;
    const specs = [
      {
        name: 'ものづくり・商業・サービス生産性向上促進補助金（ものづくり補助金）',
        agency: '中小企業庁／全国中小企業団体中央会',
        subsidyRate: '1/2',
        maxAmount: 12_500_000,
        categories: ['製品・サービス高付加価値化枠'],
        rounds: [
          {
            name: '第18次',
            opensOn: addDays(today, -420),
            closesOn: addDays(today, -360),
            projectDeadline: addDays(today, 20),
          },
          {
            name: '第19次',
            opensOn: addDays(today, -200),
            closesOn: addDays(today, -150),
            projectDeadline: addDays(today, 200),
          },
          { name: '第20次', opensOn: addDays(today, -25), closesOn: addDays(today, 12), projectDeadline: null },
        ],
      },
      {
        name: '小規模事業者持続化補助金',
        agency: '日本商工会議所',
        subsidyRate: '2/3',
        maxAmount: 2_000_000,
        categories: ['通常枠', '創業型'],
        rounds: [
          {
            name: '第15回',
            opensOn: addDays(today, -400),
            closesOn: addDays(today, -340),
            projectDeadline: addDays(today, -60),
          },
          { name: '第17回', opensOn: addDays(today, -40), closesOn: addDays(today, 5), projectDeadline: null },
        ],
      },
      {
        name: '事業再構築補助金',
        agency: '中小企業庁',
        subsidyRate: '2/3',
        maxAmount: 15_000_000,
        categories: ['成長分野進出枠'],
        rounds: [
          {
            name: '第11回',
            opensOn: addDays(today, -700),
            closesOn: addDays(today, -640),
            projectDeadline: addDays(today, -150),
          },
          { name: '第13回', opensOn: addDays(today, -30), closesOn: addDays(today, 25), projectDeadline: null },
        ],
      },
    ];
    const programs = await runAt(when(addDays(today, -720), '10:00'), async () => {
      const out = [];
      for (const s of specs) {
        out.push(
          await this.programs.create(facilityId, im, {
            name: s.name,
            agency: s.agency,
            subsidyRate: s.subsidyRate,
            maxAmount: s.maxAmount,
            categories: s.categories,
            reportWithinDays: 30,
            commercialisationReportCount: 5,
            rounds: s.rounds.map((r) => ({
              ...r,
              // gBizID takes about two weeks; the chamber's support plan is due a week before closing.
              prerequisiteCutoffs: [
                {
                  key: 'gbizid',
                  dueOn: addDays(r.closesOn, -14),
                  labelJa: 'gBizIDプライム取得',
                  labelEn: 'gBizID Prime',
                },
                ...(s.subsidyRate === '2/3' && s.maxAmount === 2_000_000
                  ? [
                      {
                        key: 'support_plan',
                        dueOn: addDays(r.closesOn, -7),
                        labelJa: '事業支援計画書（様式4）',
                        labelEn: 'Support plan (form 4)',
                      },
                    ]
                  : []),
              ],
            })),
          }),
        );
      }
      return out;
    });
    const active = ctx.tenants.filter((t) => t.status === 'active' && t.kind === 'corporation');
    for (const [i, plan] of STAGE_PLAN.entries()) {
      const program = programs[plan.program];
      const spec = specs[plan.program];
      const round = program.rounds!.find((r) => r.name === spec.rounds[plan.round].name)!;
      const r = spec.rounds[plan.round];
      const tenant =
        i === 0 ? ctx.tenants.find((t) => t.id === ctx.loginTenantId)! : active[(i * 5 + 2) % active.length];
      const requested = Math.min(
        spec.maxAmount,
        Math.round((spec.maxAmount * (0.5 + (i % 4) * 0.15)) / 10_000) * 10_000,
      );
      const opened = addDays(r.opensOn, 2);
      const app = await runAt(when(opened, '10:00'), () =>
        this.cases.create(facilityId, im, {
          tenantId: tenant.id,
          programId: program.id,
          roundId: round.id,
          title: `${spec.name.replace(/（.*）/, '')} ${r.name} 申請`,
          managerId: im,
          advisorId: advisorIds[(i % 2) + 3],
          requestedAmount: requested,
          projectDeadline: r.projectDeadline,
          staffNotes: i % 3 === 0 ? 'gBizID取得済み。見積書3社分を確認。' : null,
        }),
      );
      const steps = this.stepsFor(plan.stop, r, requested, today);
      for (const step of steps) {
        const on = (step.date ?? today) > today ? today : (step.date as string);
        await runAt(when(on, '14:00'), () =>
          this.cases.transition(facilityId, im, app.application.id, { ...step, date: on }),
        );
      }
    }
  }

  /** The steps of a case from planning to `stop`, dated along its round. */
  private stepsFor(
    stop: SubsidyStage,
    round: { opensOn: string; closesOn: string; projectDeadline: string | null },
    requested: number,
    today: string,
  ): ApplicationTransition[] {
    const decided = Math.round((requested * 0.9) / 1000) * 1000;
    const fixed = Math.round((decided * 0.95) / 1000) * 1000;
    const applied = addDays(round.closesOn, -5) < today ? addDays(round.closesOn, -5) : addDays(round.opensOn, 10);
    const adopted = addDays(round.closesOn, 60);
    const completed = round.projectDeadline ? addDays(round.projectDeadline, -45) : addDays(adopted, 200);
    const dates: Record<string, ApplicationTransition> = {
      applied: { to: 'applied', date: applied },
      adopted: { to: 'adopted', date: adopted },
      not_adopted: { to: 'not_adopted', date: adopted },
      grant_applied: { to: 'grant_applied', date: addDays(adopted, 14) },
      grant_decided: { to: 'grant_decided', date: addDays(adopted, 40), decidedAmount: decided },
      in_progress: { to: 'in_progress', date: addDays(adopted, 45) },
      reported: { to: 'reported', completedOn: completed, date: addDays(completed, 20) },
      amount_fixed: { to: 'amount_fixed', date: addDays(completed, 50), fixedAmount: fixed },
      claimed: { to: 'claimed', date: addDays(completed, 60) },
      paid: { to: 'paid', date: addDays(completed, 90), paidAmount: fixed },
      withdrawn: { to: 'withdrawn', date: addDays(applied, 20), reason: '自己資金の手当てがつかず辞退' },
      cancelled: { to: 'cancelled', date: addDays(completed, 40), reason: '実績報告の期限超過による交付決定取消' },
    };
    if (stop === 'planning') return [];
    if (stop === 'withdrawn') return [dates.applied, dates.withdrawn];
    if (stop === 'not_adopted') return [dates.applied, dates.not_adopted];
    if (stop === 'cancelled') return [...LIFECYCLE.slice(0, 5).map((s) => dates[s]), dates.cancelled];
    return LIFECYCLE.slice(0, LIFECYCLE.indexOf(stop) + 1).map((s) => dates[s]);
  }
}
