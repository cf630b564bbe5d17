import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { Facility } from './facility.entity';
import { FacilitiesError } from './errors';

/** What other contexts may know of a facility: its name, zone and language. */
export interface FacilityProfile {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
}

export interface FacilityInput {
  name: string;
  timeZone?: string;
  locale?: string;
  isDemo?: boolean;
}

/** Facilities: created by platform operators, read and configured by their own staff. */
@Injectable()
export class FacilitiesService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Creates a facility inside an existing system transaction (the caller adds its admin). */
  async create(em: EntityManager, input: FacilityInput): Promise<Facility> {
    const facility = em.create(Facility, {
      name: input.name,
      timeZone: input.timeZone ?? 'Asia/Tokyo',
      locale: input.locale ?? 'ja',
      isDemo: input.isDemo ?? false,
    });
    return em.save(facility);
  }

  /** The caller's own facility. */
  async get(facilityId: string): Promise<Facility> {
    const found = await this.tx.inFacility(facilityId, (em) => em.findOneBy(Facility, { id: facilityId }));
    if (!found) throw DomainError.notFound(FacilitiesError.FacilityNotFound, 'Facility', facilityId);
    return found;
  }

  /** The facility's profile read in the caller's transaction, or null when there is no such facility. */
  profileOf(em: EntityManager, facilityId: string): Promise<FacilityProfile | null> {
    return em.findOne(Facility, {
      select: { id: true, name: true, timeZone: true, locale: true },
      where: { id: facilityId },
    });
  }

  /** Every facility, for platform operators. */
  list(): Promise<Facility[]> {
    return this.tx.asSystem((em) => em.find(Facility, { order: { createdAt: 'ASC' } }));
  }

  /** True when the platform has no facility yet, judged in the caller's transaction (e.g. under a lock). */
  async isEmptyWithin(em: EntityManager): Promise<boolean> {
    return (await em.count(Facility)) === 0;
  }

  /** True when the platform has no facility yet (used by the demo seed). */
  async isEmpty(): Promise<boolean> {
    return (await this.tx.asSystem((em) => em.count(Facility))) === 0;
  }
}
