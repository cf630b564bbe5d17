import { Injectable } from '@nestjs/common';
import { addDays, addMonths, fiscalYearOf, runAt } from '@tamago/core';
import {
  ImprovementPlanService,
  OrganizationService,
  ReferralCheckInService,
  ReferralService,
  type OrganizationKind,
} from '@tamago/partners';
import { DemoContext, DemoTenant, demoRandom, jst, when } from './demo-context';

/** The partner network of the brief's centre. */
const ORGANIZATIONS: [OrganizationKind, string, string][] = [
  ['industry_network', '京浜ものづくりネットワーク', '技術コーディネーター約130名、連携大学約30校'],
  ['university', '横浜臨海工科大学 産学連携推進本部', '共同研究・技術相談'],
  ['university', '港北医療大学 知財・産学連携センター', '医療機器・創薬の技術相談'],
  ['credit_guarantee_association', '神奈川県信用保証協会 新横浜支店', '経営改善計画の策定支援（中小企業診断士の派遣）'],
  ['chamber_of_commerce', '横浜港北商工会議所', '小規模事業者持続化補助金の支援計画'],
  ['city', '横浜市経済局 新産業創造課', '市の創業・成長支援制度'],
  ['bank', 'みなと信用金庫 新横浜支店', '創業融資・事業性評価'],
];

/** Needs that take a company to a partner, by organisation (index into ORGANIZATIONS). */
const NEEDS: [number, string][] = [
  [0, '量産試作の加工先を探したい'],
  [1, 'センサー材料の評価について共同研究先を探している'],
  [2, '医療機器の臨床評価について助言がほしい'],
  [3, 'コロナ融資の返済計画の見直し'],
  [4, '持続化補助金の事業支援計画書（様式4）の発行'],
  [5, '市の設備投資助成の対象になるか確認したい'],
  [6, '運転資金の追加融資を相談したい'],
  [0, '省エネ計測装置の販路開拓'],
];

/** Statuses every referral walks through, in order; the demo leaves referrals at each of them. */
const PATH = ['proposed', 'sent', 'accepted', 'in_progress', 'closed'] as const;

/**
 * Partner organisations, referrals in every state with their check-ins, and management-improvement
 * plans with yearly targets and monitoring reviews — one of them overdue for its review.
 */
@Injectable()
export class DemoPartnersSeeder {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly referrals: ReferralService,
    private readonly checkIns: ReferralCheckInService,
    private readonly plans: ImprovementPlanService,
  ) {}

  /** Returns the organisation ids in ORGANIZATIONS order (advisors and events name them). */
  async seed(ctx: DemoContext): Promise<string[]> {
    const rand = demoRandom(20_261_101);
    const { facilityId } = ctx;
    const im = ctx.staff.im;
    const orgIds: string[] = [];
    await runAt(when(addMonths(ctx.anchor, -24), '10:00'), async () => {
      for (const [kind, name, notes] of ORGANIZATIONS) {
        const org = await this.organizations.create(facilityId, im, {
          kind,
          name,
          notes,
          contacts: [{ name: '連携 担当者', email: null, phone: '045-000-0000' }],
        });
        orgIds.push(org.id);
      }
    });

    const active = ctx.tenants.filter((t) => t.status === 'active');
    // 21 referrals over the last year: three at each final or intermediate state.
    const targets: { tenant: DemoTenant; stop: string; start: string }[] = [];
    const stops = ['proposed', 'sent', 'accepted', 'in_progress', 'closed', 'declined', 'cancelled'];
    for (let i = 0; i < 21; i++) {
      const stop = stops[i % stops.length];
      // Open referrals are recent; closed ones started up to a year ago.
      const ageDays =
        stop === 'closed' || stop === 'declined' ? 90 + Math.floor(rand() * 250) : 10 + Math.floor(rand() * 60);
      targets.push({ tenant: active[(i * 7 + 3) % active.length], stop, start: addDays(ctx.today, -ageDays) });
    }
    for (const [i, { tenant, stop, start }] of targets.entries()) {
      const [org, need] = NEEDS[i % NEEDS.length];
      const inbound = i % 6 === 5;
      const referral = await runAt(when(start, '10:30'), () =>
        this.referrals.create(facilityId, im, {
          tenantId: tenant.id,
          organizationId: orgIds[org],
          direction: inbound ? 'inbound' : 'outbound',
          need,
          consent: { givenBy: `${tenant.name} 代表`, givenAt: jst(start, '10:00').toISOString(), method: 'written' },
          staffNotes: i % 4 === 0 ? '担当IMより: 先方担当者とは面識あり' : null,
        }),
      );
      let on = start;
      const advance = (days: number): string => {
        on = addDays(on, days);
        if (on > ctx.today) on = ctx.today;
        return on;
      };
      const move = (to: string, details: Record<string, string>) =>
        runAt(when(on, '15:00'), () => this.referrals.transition(facilityId, im, referral.id, { to, ...details }));
      const stopAt = PATH.indexOf(stop as (typeof PATH)[number]);
      const walk = stopAt >= 0 ? PATH.slice(1, stopAt + 1) : stop === 'declined' ? ['sent'] : ['sent', 'accepted'];
      for (const to of walk) {
        if (to === 'sent') await move(to, { sentOn: advance(1 + Math.floor(rand() * 4)) });
        if (to === 'accepted') await move(to, { acceptedOn: advance(3 + Math.floor(rand() * 7)) });
        if (to === 'in_progress') {
          await move(to, { startedOn: advance(5 + Math.floor(rand() * 10)) });
          // Follow-up: a check-in a month later, done when its date has passed.
          const dueOn = addDays(on, 30);
          const checkIn = await runAt(when(on, '16:00'), () =>
            this.checkIns.schedule(facilityId, im, referral.id, { dueOn, note: '進捗確認の電話' }),
          );
          if (stop === 'closed' && dueOn < ctx.today)
            await runAt(when(dueOn, '11:00'), () =>
              this.checkIns.complete(facilityId, im, referral.id, checkIn.id, {
                doneOn: dueOn,
                note: '先方と面談済み。次回は成果確認。',
              }),
            );
        }
        if (to === 'closed')
          await move(to, {
            closedOn: advance(45),
            outcome: i % 3 === 0 ? 'partly_resolved' : 'resolved',
            outcomeDetail: '紹介先の支援により課題が解決',
          });
      }
      if (stop === 'declined') await move('declined', { declinedOn: advance(5), reason: '先方の対応範囲外' });
      if (stop === 'cancelled')
        await move('cancelled', { cancelledOn: advance(4), reason: '企業側の都合により見送り' });
    }

    await this.seedPlans(ctx, active, orgIds[3]);
    return orgIds;
  }

  /** Three improvement plans written by credit-guarantee consultants: reviewed, on track, and one overdue. */
  private async seedPlans(ctx: DemoContext, active: DemoTenant[], guaranteeOrgId: string): Promise<void> {
    const { facilityId } = ctx;
    const im = ctx.staff.im;
    const specs = [
      { tenant: active[5], startsOn: addMonths(ctx.anchor, -26), overdue: false },
      { tenant: active[12], startsOn: addMonths(ctx.anchor, -14), overdue: false },
      { tenant: active[19], startsOn: addMonths(ctx.anchor, -15), overdue: true },
    ];
    for (const [n, s] of specs.entries()) {
      const targets = [0, 1, 2].map((y) => ({
        fiscalYear: fiscalYearOf(s.startsOn) + y,
        sales: 60_000_000 + y * 8_000_000 + n * 5_000_000,
        operatingProfit: 1_500_000 + y * 1_200_000,
        cashFlow: 2_400_000 + y * 900_000,
      }));
      const plan = await runAt(when(s.startsOn, '14:00'), () =>
        this.plans.create(facilityId, im, {
          tenantId: s.tenant.id,
          title: n === 2 ? '借入金返済計画の見直しと固定費削減' : '経営改善計画（コロナ融資返済）',
          consultantName: ['中小企業診断士 山口 誠', '中小企業診断士 小川 恵子', '中小企業診断士 森 健太'][n],
          consultantOrganizationId: guaranteeOrgId,
          startsOn: s.startsOn,
          targets,
          // The overdue plan's monitoring date has passed without a review.
          monitoringDates: s.overdue
            ? [addDays(ctx.today, -40)]
            : [addMonths(s.startsOn, 12), addMonths(s.startsOn, 24)],
          reviewIntervalMonths: 12,
          notes: '信用保証協会の経営サポート会議で策定',
        }),
      );
      // Each fiscal year the plan has finished is reviewed in May — except on the overdue plan.
      for (const target of s.overdue ? [] : targets) {
        const year = target.fiscalYear;
        const reviewedOn = addDays(`${year + 1}-05-20`, n * 3);
        if (reviewedOn >= ctx.today || reviewedOn <= s.startsOn) continue;
        await runAt(when(reviewedOn, '15:30'), () =>
          this.plans.addReview(facilityId, im, plan.plan.id, {
            reviewedOn,
            fiscalYear: year,
            actualSales: Math.round(target.sales * (0.92 + n * 0.05)),
            actualOperatingProfit: Math.round(target.operatingProfit * 0.8),
            actualCashFlow: Math.round(target.cashFlow * 1.05),
            consultantMinutes: 90,
            notes: '売上は計画比やや未達。新規取引先の開拓を継続。',
          }),
        );
      }
    }
  }
}
