import { Injectable } from '@nestjs/common';
import { addDays, addMonths, corporateNumberCheckDigit, endOfMonthsPeriod, runAt } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { LeaseService } from '@tamago/leasing';
import { SpaceService } from '@tamago/spaces';
import { TenantService, type NewTenant, type TenantKind } from '@tamago/tenants';
import { DemoContext, DemoTenant, demoRandom, when } from './demo-context';

/** 14 room types and how many rooms of each: 153 rooms, as in the brief's centre. */
const ROOM_TYPES: [code: string, ja: string, en: string, count: number, area: string, rent: number][] = [
  ['office_s', '小規模オフィス', 'Small office', 28, '18.00', 54000],
  ['office_m', '中規模オフィス', 'Medium office', 24, '30.00', 90000],
  ['office_l', '大規模オフィス', 'Large office', 10, '45.00', 135000],
  ['office_xl', '特大オフィス', 'Extra-large office', 4, '90.00', 260000],
  ['wet_lab', 'ウェットラボ', 'Wet lab', 16, '63.00', 189000],
  ['mech_lab', '機械系ラボ', 'Mechanical lab', 12, '63.00', 170000],
  ['lab_63', '63㎡ラボ（連結可）', '63 m² lab (combinable)', 14, '63.00', 176000],
  ['kitchen_lab', 'キッチンラボ', 'Kitchen lab', 2, '40.00', 120000],
  ['shared_desk', 'シェアデスク', 'Shared desk', 20, '4.50', 15000],
  ['virtual_office', 'バーチャルオフィス', 'Virtual office', 8, '0.00', 8000],
  ['studio', 'スタジオ', 'Studio', 4, '35.00', 98000],
  ['prototyping', '試作室', 'Prototyping room', 4, '50.00', 140000],
  ['storage', '倉庫', 'Storage', 4, '12.50', 20000],
  ['booth', 'ブース', 'Booth', 3, '6.00', 22000],
];

const STEMS: [string, string][] = [
  ['みなと', 'ミナト'],
  ['あおば', 'アオバ'],
  ['ひかり', 'ヒカリ'],
  ['さくら', 'サクラ'],
  ['つばさ', 'ツバサ'],
  ['みらい', 'ミライ'],
  ['はやて', 'ハヤテ'],
  ['こだま', 'コダマ'],
  ['いろは', 'イロハ'],
  ['かなで', 'カナデ'],
  ['しずく', 'シズク'],
  ['ときわ', 'トキワ'],
  ['はるか', 'ハルカ'],
  ['なぎさ', 'ナギサ'],
  ['やまと', 'ヤマト'],
  ['あかね', 'アカネ'],
  ['すばる', 'スバル'],
  ['いぶき', 'イブキ'],
  ['ほまれ', 'ホマレ'],
  ['ゆうき', 'ユウキ'],
];
const WORDS: [string, string, string][] = [
  ['テック', 'テック', 'IT'],
  ['バイオ', 'バイオ', 'バイオ'],
  ['精機', 'セイキ', '製造'],
  ['フーズ', 'フーズ', '食品'],
  ['システムズ', 'システムズ', 'IT'],
  ['エナジー', 'エナジー', 'エネルギー'],
  ['メディカル', 'メディカル', '医療'],
  ['マテリアル', 'マテリアル', '素材'],
  ['ロボティクス', 'ロボティクス', 'ロボット'],
  ['デザイン', 'デザイン', 'デザイン'],
  ['ファーマ', 'ファーマ', '創薬'],
  ['アグリ', 'アグリ', '農業'],
];
const FAMILY: [string, string][] = [
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['高橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山田', 'ヤマダ'],
];
const GIVEN: [string, string][] = [
  ['翔太', 'ショウタ'],
  ['美咲', 'ミサキ'],
  ['健一', 'ケンイチ'],
  ['陽子', 'ヨウコ'],
  ['大輔', 'ダイスケ'],
  ['彩', 'アヤ'],
  ['拓也', 'タクヤ'],
  ['恵', 'メグミ'],
  ['直樹', 'ナオキ'],
  ['真由', 'マユ'],
];

/** A demo room as the later steps need it. */
export interface DemoSpace {
  id: string;
  code: string;
  typeCode: string;
  areaSqm: string;
  monthlyRent: number;
  commonAreaFee: number;
  /** Let today (and through the last year) to a current tenant. */
  let: boolean;
}

/**
 * Seeds the demo facility's tenants, spaces and leases through their services: 112 active tenants
 * (corporations, sole proprietors, individual members, support clients), applicants, 30 alumni,
 * 153 spaces of 14 types and leases over the last five years within the 60-month cap (first terms
 * of 36 months, renewed after re-screening). Each step runs at the time it happened (runAt), so
 * the audit log and the timeline read as the centre's history. Names, numbers and the mix come
 * from a seeded PRNG; dates are anchored on the first day of the current month.
 */
@Injectable()
export class DemoTenantsSeeder {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tenantService: TenantService,
    private readonly spaceService: SpaceService,
    private readonly leases: LeaseService,
  ) {}

  /** Seeds rooms, tenants and leases; returns the tenants (the first active one gets the portal login). */
  async seed(
    ctx: Pick<DemoContext, 'facilityId' | 'anchor' | 'staff'>,
  ): Promise<{ tenants: DemoTenant[]; spaces: DemoSpace[] }> {
    const { facilityId, anchor } = ctx;
    const actor = ctx.staff.im;
    const rand = demoRandom(20_260_401);
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];

    const spaces: DemoSpace[] = [];
    const spaceInputs: (Parameters<SpaceService['createWithin']>[2] & { typeCode: string })[] = [];
    for (const [code, nameJa, nameEn, count, areaSqm, monthlyRent] of ROOM_TYPES) {
      const type = await runAt(when(addMonths(anchor, -64)), () =>
        this.spaceService.createType(facilityId, ctx.staff.admin, { code, nameJa, nameEn }),
      );
      for (let i = 1; i <= count; i++) {
        const floor = String(1 + (spaceInputs.length % 5));
        spaceInputs.push({
          code: `${code.toUpperCase().replace('_', '')}-${String(i).padStart(2, '0')}`,
          building: pick(['本館', '本館', '研究棟']),
          floor,
          typeId: type.id,
          typeCode: code,
          areaSqm,
          monthlyRent,
          commonAreaFee: Math.floor(monthlyRent / 10),
          status: 'vacant',
          equipment: code.includes('lab') ? ['給排水', 'ドラフトチャンバー'] : [],
          combinableWith: [],
        });
      }
    }
    const occupiedCount = 140; // about 91.5% of 153 rooms
    await runAt(when(addMonths(anchor, -64)), () =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          for (const [i, { typeCode, ...input }] of spaceInputs.entries()) {
            const id = await this.spaceService.createWithin(em, facilityId, {
              ...input,
              status: i < occupiedCount ? 'occupied' : 'vacant',
            });
            spaces.push({
              id,
              code: input.code,
              typeCode,
              areaSqm: String(input.areaSqm),
              monthlyRent: input.monthlyRent,
              commonAreaFee: input.commonAreaFee ?? 0,
              let: i < occupiedCount,
            });
          }
        },
        ctx.staff.admin,
      ),
    );

    const names = STEMS.flatMap((s) => WORDS.map((w) => [s, w] as const)).sort(() => rand() - 0.5);
    let nameIndex = 0;
    const number = () => {
      const base = String(Math.floor(rand() * 1e12)).padStart(12, '0');
      return `${corporateNumberCheckDigit(base)}${base}`;
    };
    const person = () => {
      const [f, fk] = pick(FAMILY);
      const [g, gk] = pick(GIVEN);
      return { name: `${f} ${g}`, kana: `${fk} ${gk}` };
    };
    // People who trade under their own name must differ: a bank transfer names them by kana only.
    const usedPeople = new Set<string>();
    const uniquePerson = () => {
      let p = person();
      while (usedPeople.has(p.kana)) p = person();
      usedPeople.add(p.kana);
      return p;
    };
    const makeTenant = (kind: TenantKind, status: DemoTenant['status'], enteredOn: string | null): NewTenant => {
      const [[stem, stemKana], [word, wordKana, industry]] = names[nameIndex++ % names.length];
      const corp = kind === 'corporation' || (kind === 'support_client' && rand() < 0.8);
      const p = corp ? person() : uniquePerson();
      return {
        kind,
        status: status === 'graduated' ? 'active' : status,
        enteredOn,
        name: corp ? `株式会社${stem}${word}` : p.name,
        nameKana: corp ? `${stemKana}${wordKana}` : p.kana,
        tradeName: kind === 'sole_proprietor' ? `${stem}${word}` : null,
        corporateNumber: corp && status !== 'applicant' ? number() : null,
        representative: p.name,
        industry,
        employees: corp ? 1 + Math.floor(rand() * 30) : 1,
        tags: [industry],
        managerId: actor,
        address: '神奈川県横浜市港北区新横浜2-14-1',
        contacts: [{ role: 'billing', name: p.name, nameKana: p.kana, email: null, phone: null }],
      };
    };
    // Each tenant is registered when it entered (or applied), all in one transaction.
    const createAll = async (list: { input: NewTenant; at: string }[]): Promise<string[]> =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          const ids: string[] = [];
          for (const { input, at } of list)
            ids.push(await runAt(when(at, '09:30'), () => this.tenantService.createWithin(em, facilityId, input)));
          return ids;
        },
        actor,
      );
    const record = (input: NewTenant, id: string, status: DemoTenant['status'], lessee: boolean): DemoTenant => ({
      id,
      name: input.name,
      nameKana: input.nameKana,
      kind: input.kind,
      status,
      enteredOn: input.enteredOn ?? null,
      graduatedOn: null,
      lessee,
    });

    // 112 active: 78 corporations, 18 sole proprietors, 10 individual members, 6 support clients.
    const kinds: TenantKind[] = [
      ...Array<TenantKind>(78).fill('corporation'),
      ...Array<TenantKind>(18).fill('sole_proprietor'),
      ...Array<TenantKind>(10).fill('individual'),
      ...Array<TenantKind>(6).fill('support_client'),
    ];
    const activeInputs = kinds.map((kind) => {
      const enteredOn = addMonths(anchor, -Math.floor(rand() * 58));
      return { input: makeTenant(kind, 'active', enteredOn), at: enteredOn };
    });
    const activeIds = await createAll(activeInputs);
    const active = activeInputs.map(({ input }, i) =>
      record(input, activeIds[i], 'active', input.kind !== 'support_client'),
    );
    const lessees = active.filter((t) => t.lessee);
    const vacant = spaces.length - occupiedCount;
    const alumniInputs = [...Array(30).keys()].map((j) => {
      const start = addMonths(anchor, -60 + Math.floor(j / vacant) * 20);
      return { input: makeTenant('corporation', 'graduated', start), at: start };
    });
    const alumniIds = await createAll(alumniInputs);
    const alumni = alumniInputs.map(({ input }, j) => ({
      tenant: record(input, alumniIds[j], 'graduated', true),
      space: spaces[occupiedCount + (j % vacant)],
    }));
    // Every lease signed (drafted, then activated two weeks before entry), in one transaction.
    const current = [...Array(occupiedCount).keys()].map((i) => ({
      tenant: lessees[i % lessees.length],
      space: spaces[i],
    }));
    const firstTerms = await this.tx.inFacility(
      facilityId,
      async (em) => {
        const ids: string[] = [];
        for (const { tenant, space } of [...current, ...alumni]) {
          const start = tenant.enteredOn!;
          const end = endOfMonthsPeriod(start, tenant.status === 'graduated' ? 18 : 36);
          const signedOn = addDays(start, -14);
          ids.push(
            await runAt(when(signedOn, '11:00'), async () => {
              const id = await this.leases.createWithin(em, facilityId, {
                ...termsOf(tenant, space),
                startDate: start,
                endDate: end,
              });
              await this.leases.transitionWithin(em, facilityId, id, { to: 'active', signedOn });
              return id;
            }),
          );
        }
        return ids;
      },
      actor,
    );
    // First terms that ran out were renewed after re-screening a month before they ended.
    const expired = current
      .map((c, i) => ({ ...c, leaseId: firstTerms[i], firstEnd: endOfMonthsPeriod(c.tenant.enteredOn!, 36) }))
      .filter((c) => c.firstEnd < anchor);
    for (const { tenant, leaseId, firstEnd } of expired) {
      const renewalSigned = addDays(firstEnd, -30);
      await runAt(when(renewalSigned, '11:00'), async () => {
        const renewal = await this.leases.renew(facilityId, actor, leaseId, {
          endDate: endOfMonthsPeriod(tenant.enteredOn!, 60),
          rescreening: { decidedOn: addDays(firstEnd, -45), note: '再審査: 事業進捗良好につき更新を承認' },
        });
        await this.leases.transition(facilityId, actor, renewal.id, { to: 'active', signedOn: renewalSigned });
      });
    }
    // Leases end the day after their last day: renewed first terms and the alumni's stays.
    const stays = alumni.map((a, j) => ({ ...a, leaseId: firstTerms[current.length + j] }));
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        for (const { leaseId, firstEnd } of expired)
          await runAt(when(addDays(firstEnd, 1), '09:00'), () =>
            this.leases.transitionWithin(em, facilityId, leaseId, { to: 'ended' }),
          );
        for (const { tenant, leaseId } of stays)
          await runAt(when(addDays(endOfMonthsPeriod(tenant.enteredOn!, 18), 1), '09:00'), () =>
            this.leases.transitionWithin(em, facilityId, leaseId, { to: 'ended' }),
          );
      },
      actor,
    );
    // 30 alumni: two past stays on each of the 13 vacant rooms, graduated in the last five years.
    const graduated: DemoTenant[] = [];
    for (const { tenant, leaseId } of stays) {
      const end = endOfMonthsPeriod(tenant.enteredOn!, 18);
      const destination = pick(['市内の賃貸オフィス', '県内の自社工場', '東京都内のオフィス']);
      await runAt(when(addDays(end, 1)), async () => {
        await this.leases.update(facilityId, actor, leaseId, { movedInOn: tenant.enteredOn!, movedOutOn: end });
        await this.tenantService.transition(facilityId, actor, tenant.id, {
          to: 'graduated',
          graduatedOn: end,
          reason: '事業拡大による独立',
          destination,
        });
      });
      graduated.push({ ...tenant, graduatedOn: end });
    }

    // Applicants and a screening in progress, registered over the last weeks.
    const waiting = [
      ...[...Array(5)].map((_, i) => ({
        input: makeTenant('corporation', 'applicant', null),
        at: addDays(anchor, -7 * i - 3),
      })),
      ...[...Array(3)].map((_, i) => ({
        input: makeTenant('sole_proprietor', 'screening', null),
        at: addDays(anchor, -10 * i - 20),
      })),
    ];
    const waitingIds = await createAll(waiting);
    const applicants = waiting.map(({ input }, i) =>
      record(input, waitingIds[i], input.status as DemoTenant['status'], false),
    );
    return { tenants: [...active, ...graduated, ...applicants], spaces };
  }
}

/** A lease's money terms from its room: rent, common-area fee and three months' deposit. */
function termsOf(tenant: DemoTenant, space: DemoSpace) {
  return {
    tenantId: tenant.id,
    spaceIds: [space.id],
    monthlyRent: space.monthlyRent,
    commonAreaFee: space.commonAreaFee,
    deposit: space.monthlyRent * 3,
  };
}
