import { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, clockNow, todayIn } from '@tamago/core';
import { Facility } from './facility.entity';

/**
 * Time zones already read, per transaction (its query runner): a facility's time zone is set when
 * it is created and never changed, so a request that reads through several services in one
 * transaction (the dashboard) reads it once, not once per service.
 */
const readIn = new WeakMap<object, Map<string, string>>();

/** The facility's IANA time zone (Asia/Tokyo unless set otherwise), read in the caller's transaction. */
export async function facilityTimeZone(em: EntityManager, facilityId: string): Promise<string> {
  const runner = em.queryRunner;
  const known = runner ? readIn.get(runner)?.get(facilityId) : undefined;
  if (known) return known;
  const facility = await em.findOne(Facility, { select: { id: true, timeZone: true }, where: { id: facilityId } });
  if (!facility) return DEFAULT_TIME_ZONE;
  if (runner) {
    const zones = readIn.get(runner) ?? new Map<string, string>();
    readIn.set(runner, zones.set(facilityId, facility.timeZone));
  }
  return facility.timeZone;
}

/** Today's business date in the facility's time zone. */
export async function facilityToday(em: EntityManager, facilityId: string, now: Date = clockNow()): Promise<string> {
  return todayIn(await facilityTimeZone(em, facilityId), now);
}
