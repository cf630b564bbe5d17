import { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, clockNow, todayIn } from '@tamago/core';
import { Facility } from './facility.entity';

/** The facility's IANA time zone (Asia/Tokyo unless set otherwise), read in the caller's transaction. */
export async function facilityTimeZone(em: EntityManager, facilityId: string): Promise<string> {
  const facility = await em.findOne(Facility, { select: { id: true, timeZone: true }, where: { id: facilityId } });
  return facility?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Today's business date in the facility's time zone. */
export async function facilityToday(em: EntityManager, facilityId: string, now: Date = clockNow()): Promise<string> {
  return todayIn(await facilityTimeZone(em, facilityId), now);
}
