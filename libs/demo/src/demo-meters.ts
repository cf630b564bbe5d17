import { EntityManager } from 'typeorm';
import { addDays, addMonths, todayIn } from '@tamago/core';
import { LeaseSpace } from '@tamago/leasing';
import { MeterReading, MeteringSettings, type MeterKind } from '@tamago/metering';
import { RoomType, Space } from '@tamago/spaces';

/** Deterministic PRNG (mulberry32), so the demo readings are the same on every run. */
export function demoRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// Air conditioning: more in summer and winter (index 0 = January).
const SEASON = [1.25, 1.2, 1.0, 0.85, 0.9, 1.05, 1.3, 1.4, 1.15, 0.9, 0.95, 1.15];
const WATERED = ['wet_lab', 'kitchen_lab'];

/**
 * Seeds a year of monthly readings for every space let today: electricity for all, water for wet
 * and kitchen labs; a baseline at the end of the 13th month back and one reading at each month
 * end since. One meter is replaced half-way, to show the replacement rule. Also sets the
 * emission factor. Dates follow the current month, like the tenant demo data.
 */
export async function seedDemoMeters(em: EntityManager, facilityId: string): Promise<void> {
  const rand = demoRandom(20_260_501);
  const anchor = `${todayIn().slice(0, 7)}-01`;
  const today = addDays(anchor, -1);
  const held = await em.find(LeaseSpace, { where: { facilityId, holds: true } });
  const letIds = new Set(held.filter((h) => h.startDate <= today && today <= h.endDate).map((h) => h.spaceId));
  const spaces = (await em.find(Space, { where: { facilityId }, order: { code: 'ASC' } })).filter((s) =>
    letIds.has(s.id),
  );
  const types = new Map((await em.find(RoomType, { where: { facilityId } })).map((t) => [t.id, t.code]));
  const rows: MeterReading[] = [];
  spaces.forEach((space, index) => {
    const type = types.get(space.typeId) ?? '';
    const kinds: MeterKind[] = WATERED.includes(type) ? ['electricity', 'water'] : ['electricity'];
    for (const kind of kinds) {
      const perMonth =
        kind === 'water'
          ? 2 + Number(space.areaSqm) / 10
          : 20 + Number(space.areaSqm) * (type.includes('lab') ? 30 : 10);
      let value = Math.floor(rand() * 50_000);
      for (let m = -13; m <= -1; m++) {
        const readOn = addDays(addMonths(anchor, m + 1), -1);
        const month = Number(readOn.slice(5, 7)) - 1;
        const used =
          m === -13 ? 0 : Math.round(perMonth * (kind === 'water' ? 1 : SEASON[month]) * (0.85 + rand() * 0.3));
        const replaced = index === 0 && kind === 'electricity' && m === -6;
        const oldMeterFinal = replaced ? value + Math.floor(used / 2) : null;
        value = replaced ? used - Math.floor(used / 2) : value + used;
        rows.push(
          em.create(MeterReading, {
            facilityId,
            spaceId: space.id,
            kind,
            readOn,
            period: readOn.slice(0, 7),
            value,
            consumption: used,
            isReplacement: replaced,
            oldMeterFinal,
            newMeterInitial: replaced ? 0 : null,
            source: 'device',
            recordedBy: null,
            apiKeyId: null,
          }),
        );
      }
    }
  });
  await em.save(rows, { chunk: 500 });
  await em.save(em.create(MeteringSettings, { facilityId, emissionFactor: '0.000434' }));
}
