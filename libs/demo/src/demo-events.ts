import { Injectable } from '@nestjs/common';
import { addDays, runAt } from '@tamago/core';
import { EventRegistrationService, EventService, type EventKind } from '@tamago/events';
import { DemoContext, DemoTenant, demoRandom, jst, when } from './demo-context';

const EXHIBITION_PROGRAMME = [
  '会員企業32社による製品・技術展示（10:00〜16:00）',
  '講演 第1部 10:30〜11:30「カーボンニュートラル時代のものづくり」',
  '講演 第2部 13:00〜14:00「大学発シーズと中小企業の共同研究」',
  '講演 第3部 14:30〜15:30「補助金を活用した設備投資の進め方」',
].join('\n');

interface EventSpec {
  kind: EventKind;
  title: string;
  /** Days from the seeding day (negative: past). */
  day: number;
  from: string;
  to: string;
  venue: string;
  capacity: number | null;
  waitlist: boolean;
  description: string;
  /** Organisation indexes (see demo-partners) co-hosting. */
  coHosts: number[];
  registrations: number;
}

const EVENTS: EventSpec[] = [
  {
    kind: 'exhibition',
    title: 'みなと創業支援センター 会員企業展示会 2025',
    day: -300,
    from: '10:00',
    to: '16:00',
    venue: '本館1階 交流ホール',
    capacity: 200,
    waitlist: false,
    description: EXHIBITION_PROGRAMME,
    coHosts: [0],
    registrations: 36,
  },
  {
    kind: 'forum',
    title: '産学連携フォーラム「地域ものづくりと大学」',
    day: -190,
    from: '14:00',
    to: '17:30',
    venue: '研究棟 大会議室',
    capacity: 80,
    waitlist: true,
    description: '京浜ものづくりネットワークとの連携協定締結記念フォーラム。基調講演とパネルディスカッション。',
    coHosts: [0, 1],
    registrations: 30,
  },
  {
    kind: 'exchange_meeting',
    title: '入居企業・支援機関 交流会',
    day: -120,
    from: '17:30',
    to: '19:30',
    venue: '本館1階 交流ホール',
    capacity: 60,
    waitlist: false,
    description: '信用保証協会・商工会議所・市の担当者との名刺交換会。',
    coHosts: [3, 4, 5],
    registrations: 28,
  },
  {
    kind: 'study_group',
    title: '省エネ・カーボンニュートラル研究会（第3回）',
    day: -60,
    from: '15:00',
    to: '17:00',
    venue: '研究棟 セミナー室',
    capacity: 25,
    waitlist: true,
    description: '居室の電力計測データを使った削減事例の共有。会員募集中。',
    coHosts: [0],
    registrations: 18,
  },
  {
    kind: 'study_group',
    title: '省エネ・カーボンニュートラル研究会（第4回）',
    day: -25,
    from: '15:00',
    to: '17:00',
    venue: '研究棟 セミナー室',
    capacity: 25,
    waitlist: true,
    description: '計測装置メーカー（入居企業）によるデモ。',
    coHosts: [0],
    registrations: 20,
  },
  {
    kind: 'seminar',
    title: '補助金活用セミナー（ものづくり補助金 第20次公募）',
    day: 6,
    from: '14:00',
    to: '16:00',
    venue: '本館2階 会議室A',
    capacity: 30,
    waitlist: true,
    description: '公募要領の変更点と申請スケジュール。中小企業診断士による個別相談あり。',
    coHosts: [4],
    registrations: 24,
  },
  {
    kind: 'study_group',
    title: '省エネ・カーボンニュートラル研究会（第5回）',
    day: 12,
    from: '15:00',
    to: '17:00',
    venue: '研究棟 セミナー室',
    capacity: 12,
    waitlist: true,
    description: 'CO2排出量の算定方法（Scope1・2）。定員を超えた場合はキャンセル待ちで受け付けます。',
    coHosts: [0],
    registrations: 15,
  },
  {
    kind: 'exhibition',
    title: 'みなと創業支援センター 会員企業展示会 2026',
    day: 24,
    from: '10:00',
    to: '16:00',
    venue: '本館1階 交流ホール',
    capacity: 200,
    waitlist: false,
    description: EXHIBITION_PROGRAMME,
    coHosts: [0],
    registrations: 22,
  },
  {
    kind: 'forum',
    title: '創業・第二創業フォーラム',
    day: 40,
    from: '13:30',
    to: '17:00',
    venue: '研究棟 大会議室',
    capacity: 100,
    waitlist: true,
    description: '卒業企業の経営者による講演と、金融機関・支援機関との個別相談会。',
    coHosts: [5, 6],
    registrations: 9,
  },
];

/**
 * Past and upcoming events — exhibitions 10:00–16:00 with a three-part lecture, a forum, an
 * exchange meeting, a study group that recruits members — with registrations made ahead of each
 * event, check-ins on the day, a cancellation and a waitlist on the small study group.
 */
@Injectable()
export class DemoEventsSeeder {
  constructor(
    private readonly events: EventService,
    private readonly registrations: EventRegistrationService,
  ) {}

  async seed(ctx: DemoContext, organizationIds: string[]): Promise<void> {
    const rand = demoRandom(20_261_301);
    const { facilityId } = ctx;
    const im = ctx.staff.im;
    const staff = { userId: im, email: 'im@demo.example.jp', ownTenantId: null };
    const active = ctx.tenants.filter((t) => t.status === 'active');
    for (const [e, spec] of EVENTS.entries()) {
      const day = addDays(ctx.today, spec.day);
      const announced = addDays(day, -45);
      const event = await runAt(when(announced, '10:00'), () =>
        this.events.create(facilityId, im, {
          kind: spec.kind,
          title: spec.title,
          description: spec.description,
          startsAt: jst(day, spec.from).toISOString(),
          endsAt: jst(day, spec.to).toISOString(),
          venue: spec.venue,
          coHostIds: spec.coHosts.map((i) => organizationIds[i]),
          capacity: spec.capacity,
          waitlistEnabled: spec.waitlist,
        }),
      );
      const registered: { id: string; tenant: DemoTenant }[] = [];
      for (let r = 0; r < spec.registrations; r++) {
        const tenant =
          e === EVENTS.length - 3 && r === 0
            ? ctx.tenants.find((t) => t.id === ctx.loginTenantId)!
            : active[(e * 13 + r * 5) % active.length];
        // Registrations come in over the weeks before the event (and up to yesterday for upcoming ones).
        let on = addDays(announced, 1 + Math.floor((r * 40) / spec.registrations));
        if (on >= ctx.today) on = addDays(ctx.today, -1 - (r % 3));
        const row = await runAt(when(on, `${String(9 + (r % 9)).padStart(2, '0')}:${String(10 + r).slice(-2)}`), () =>
          this.registrations.register(facilityId, staff, event.id, {
            tenantId: tenant.id,
            attendeeName: `${tenant.name} 担当者`,
            email: `event${e}-${r}@tenants.example.jp`,
          }),
        );
        registered.push({ id: row.id, tenant });
      }
      if (spec.day < 0) {
        // On the day: most confirmed registrants check in at the door.
        for (const [r, { id }] of registered.entries()) {
          if (rand() < 0.15) continue;
          await runAt(when(day, spec.from), () =>
            this.registrations.checkIn(facilityId, im, event.id, id).catch(() => null),
          );
          void r;
        }
      } else if (spec.waitlist && spec.capacity !== null && registered.length > spec.capacity) {
        // One confirmed registrant cancels; the first on the waitlist moves up.
        await runAt(when(addDays(ctx.today, -1), '18:00'), () =>
          this.registrations.cancel(facilityId, staff, event.id, registered[1].id),
        );
      }
    }
  }
}
