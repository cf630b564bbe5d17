import { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '@tamago/core';
import { Facility } from '@tamago/facilities';

/** The facility's IANA time zone (Asia/Tokyo unless set otherwise). */
export async function facilityTimeZone(em: EntityManager, facilityId: string): Promise<string> {
  const facility = await em.findOneBy(Facility, { id: facilityId });
  return facility?.timeZone ?? DEFAULT_TIME_ZONE;
}
