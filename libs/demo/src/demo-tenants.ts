import { EntityManager } from 'typeorm';
import { addDays, addMonths, corporateNumberCheckDigit, endOfMonthsPeriod, todayIn } from '@tamago/core';
import { User } from '@tamago/identity';
import { Lease, LeaseSpace } from '@tamago/leasing';
import { RoomType, Space } from '@tamago/spaces';
import { Tenant, TenantKind } from '@tamago/tenants';

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

/** Deterministic PRNG (mulberry32): the same demo data on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeds the demo facility's tenants, spaces and leases: 112 active tenants (corporations, sole
 * proprietors, individual members, support clients), applicants, 30 alumni, 153 spaces of 14
 * types and leases over the last five years within the 60-month cap. Names, numbers and the mix
 * are fixed by a seeded PRNG; dates are anchored on the first day of the current month so the
 * data stays current (the same data for every run within a month). Returns the tenant that
 * gets the tenant@demo.example.jp login.
 */
export async function seedDemoTenants(em: EntityManager, facilityId: string): Promise<{ loginTenantId: string }> {
  const rand = prng(20_260_401);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const anchor = `${todayIn().slice(0, 7)}-01`;
  const manager = await em.findOneBy(User, {
    facilityId,
    email: 'im@demo.example.jp',
  });

  const spaces: Space[] = [];
  for (const [code, nameJa, nameEn, count, areaSqm, monthlyRent] of ROOM_TYPES) {
    const type = await em.save(em.create(RoomType, { facilityId, code, nameJa, nameEn }));
    for (let i = 1; i <= count; i++) {
      const floor = String(1 + (spaces.length % 5));
      spaces.push(
        em.create(Space, {
          facilityId,
          code: `${code.toUpperCase().replace('_', '')}-${String(i).padStart(2, '0')}`,
          building: pick(['本館', '本館', '研究棟']),
          floor,
          typeId: type.id,
          areaSqm,
          monthlyRent,
          commonAreaFee: Math.floor(monthlyRent / 10),
          status: 'occupied',
          equipment: code.includes('lab') ? ['給排水', 'ドラフトチャンバー'] : [],
          combinableWith: [],
        }),
      );
    }
  }
  await em.save(spaces);

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
  const makeTenant = (kind: TenantKind, status: Tenant['status'], extra: Partial<Tenant> = {}): Tenant => {
    const [[stem, stemKana], [word, wordKana, industry]] = names[nameIndex++ % names.length];
    const p = person();
    const corp = kind === 'corporation' || (kind === 'support_client' && rand() < 0.8);
    return em.create(Tenant, {
      facilityId,
      kind,
      status,
      name: corp ? `株式会社${stem}${word}` : p.name,
      nameKana: corp ? `${stemKana}${wordKana}` : p.kana,
      tradeName: kind === 'sole_proprietor' ? `${stem}${word}` : null,
      corporateNumber: corp && status !== 'applicant' ? number() : null,
      representative: p.name,
      industry,
      employees: corp ? 1 + Math.floor(rand() * 30) : 1,
      tags: [industry],
      managerId: manager?.id ?? null,
      address: '神奈川県横浜市港北区新横浜2-14-1',
      ...extra,
    });
  };

  // 112 active: 78 corporations, 18 sole proprietors, 10 individual members, 6 support clients.
  const kinds: TenantKind[] = [
    ...Array<TenantKind>(78).fill('corporation'),
    ...Array<TenantKind>(18).fill('sole_proprietor'),
    ...Array<TenantKind>(10).fill('individual'),
    ...Array<TenantKind>(6).fill('support_client'),
  ];
  const active = kinds.map((kind) => {
    const monthsAgo = Math.floor(rand() * 58);
    return makeTenant(kind, 'active', {
      enteredOn: addMonths(anchor, -monthsAgo),
    });
  });
  await em.save(active);
  const lessees = active.filter((t) => t.kind !== 'support_client');
  const occupiedCount = 140; // about 91.5% of 153 rooms
  const leaseOf: [Tenant, Space][] = [];
  for (let i = 0; i < occupiedCount; i++) leaseOf.push([lessees[i % lessees.length], spaces[i]]);
  const leases: Lease[] = [];
  const holds: [Lease, Space][] = [];
  for (const [tenant, space] of leaseOf) {
    const start = tenant.enteredOn!;
    const firstEnd = endOfMonthsPeriod(start, 36);
    const common = {
      facilityId,
      tenantId: tenant.id,
      monthlyRent: space.monthlyRent,
      commonAreaFee: space.commonAreaFee,
      deposit: space.monthlyRent * 3,
    };
    if (firstEnd >= anchor) {
      const l = em.create(Lease, {
        ...common,
        startDate: start,
        endDate: firstEnd,
        status: 'active',
        signedOn: addDays(start, -14),
        movedInOn: start,
      });
      leases.push(l);
      holds.push([l, space]);
    } else {
      const first = em.create(Lease, {
        ...common,
        startDate: start,
        endDate: firstEnd,
        status: 'ended',
        signedOn: addDays(start, -14),
        movedInOn: start,
      });
      await em.save(first);
      holds.push([first, space]);
      const renewal = em.create(Lease, {
        ...common,
        startDate: addDays(firstEnd, 1),
        endDate: endOfMonthsPeriod(start, 60),
        status: 'active',
        renewalOfId: first.id,
        signedOn: addDays(firstEnd, -30),
        rescreening: {
          decidedOn: addDays(firstEnd, -45),
          note: '再審査: 事業進捗良好につき更新を承認',
        },
      });
      leases.push(renewal);
      holds.push([renewal, space]);
    }
  }
  await em.save(leases);
  await em.save(
    holds.map(([l, s]) =>
      em.create(LeaseSpace, {
        facilityId,
        leaseId: l.id,
        spaceId: s.id,
        startDate: l.startDate,
        endDate: l.endDate,
        holds: true,
      }),
    ),
  );
  await em.save(spaces.slice(occupiedCount).map((s) => Object.assign(s, { status: 'vacant' as const })));

  // 30 alumni: two past stays on each of the 13 vacant rooms, graduated in the last five years.
  const alumni: Tenant[] = [];
  const alumniHolds: [Lease, Space][] = [];
  for (let j = 0; j < 30; j++) {
    const space = spaces[occupiedCount + (j % (spaces.length - occupiedCount))];
    const round = Math.floor(j / (spaces.length - occupiedCount));
    const start = addMonths(anchor, -60 + round * 20);
    const end = endOfMonthsPeriod(start, 18);
    const tenant = makeTenant('corporation', 'graduated', {
      enteredOn: start,
      graduatedOn: end,
      graduationReason: '事業拡大による独立',
      graduationDestination: pick(['市内の賃貸オフィス', '県内の自社工場', '東京都内のオフィス']),
    });
    await em.save(tenant);
    alumni.push(tenant);
    const lease = await em.save(
      em.create(Lease, {
        facilityId,
        tenantId: tenant.id,
        startDate: start,
        endDate: end,
        monthlyRent: space.monthlyRent,
        commonAreaFee: space.commonAreaFee,
        deposit: space.monthlyRent * 3,
        status: 'ended',
        signedOn: addDays(start, -14),
        movedInOn: start,
        movedOutOn: end,
      }),
    );
    alumniHolds.push([lease, space]);
  }
  await em.save(
    alumniHolds.map(([l, s]) =>
      em.create(LeaseSpace, {
        facilityId,
        leaseId: l.id,
        spaceId: s.id,
        startDate: l.startDate,
        endDate: l.endDate,
        holds: true,
      }),
    ),
  );

  // Applicants and a screening in progress.
  await em.save([...Array(5)].map(() => makeTenant('corporation', 'applicant')));
  await em.save([...Array(3)].map(() => makeTenant('sole_proprietor', 'screening')));
  return { loginTenantId: active[0].id };
}
