import { Injectable } from '@nestjs/common';
import { DomainError, parseIsoDate } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { isTerminalReferralStatus } from './domain';
import { CheckInCompletion, FollowUpQuery, NewCheckIn } from './partner-inputs';
import { facilityToday } from './partner-rules';
import { ReferralCheckIn } from './referral-check-in.entity';
import { ReferralService } from './referral.service';
import { TenantService } from '@tamago/tenants';
import { PartnersError } from './errors';

/** A follow-up check-in with whether it is overdue today (in the facility's time zone). */
export interface FollowUp {
  checkIn: ReferralCheckIn;
  overdue: boolean;
  /** Whom the referral is about and to whom it went, named (the facility-wide follow-up list). */
  referral?: { tenantId: string; tenantName: string; organizationId: string; organizationName: string };
}

/** An open check-in falling due, with the names of its referral's tenant and organisation (reminders). */
export interface CheckInDue {
  checkInId: string;
  referralId: string;
  tenantId: string;
  tenantName: string;
  organizationId: string;
  organizationName: string;
  dueOn: string;
}

/** Follow-up check-ins on referrals: scheduling, completing, and the overdue list. */
@Injectable()
export class ReferralCheckInService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly referrals: ReferralService,
    private readonly tenants: TenantService,
  ) {}

  /** Schedules a check-in on a referral that is still open. */
  schedule(facilityId: string, actorId: string, referralId: string, input: NewCheckIn): Promise<ReferralCheckIn> {
    const dueOn = parseIsoDate(input.dueOn, 'dueOn');
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const referral = await this.referrals.load(em, facilityId, referralId);
        if (isTerminalReferralStatus(referral.status) && referral.status !== 'closed')
          throw DomainError.conflict(
            PartnersError.NoCheckInsForStatus,
            `A ${referral.status} referral gets no follow-up check-ins.`,
            { referralStatus: referral.status },
          );
        const row = em.create(ReferralCheckIn, {
          facilityId,
          referralId,
          dueOn,
          doneOn: null,
          note: input.note ?? null,
        });
        return em.save(row);
      },
      actorId,
    );
  }

  /** Marks a check-in done. */
  complete(
    facilityId: string,
    actorId: string,
    referralId: string,
    id: string,
    input: CheckInCompletion,
  ): Promise<ReferralCheckIn> {
    const doneOn = parseIsoDate(input.doneOn, 'doneOn');
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const row = await em.findOneBy(ReferralCheckIn, { facilityId, referralId, id });
        if (!row) throw DomainError.notFound(PartnersError.CheckInNotFound, 'Check-in', id);
        row.doneOn = doneOn;
        if (input.note !== undefined) row.note = input.note;
        return saveScoped(em, facilityId, row);
      },
      actorId,
    );
  }

  /** Check-ins of one referral, by due date. */
  listForReferral(facilityId: string, referralId: string): Promise<FollowUp[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      await this.referrals.load(em, facilityId, referralId);
      const today = await facilityToday(em, facilityId);
      const rows = await em.find(ReferralCheckIn, {
        where: { facilityId, referralId },
        order: { dueOn: 'ASC', id: 'ASC' },
      });
      return rows.map((checkIn) => ({ checkIn, overdue: isOverdue(checkIn, today) }));
    });
  }

  /** Open check-ins across the facility (only the overdue ones with `overdue`), earliest due first. */
  followUps(facilityId: string, query: FollowUpQuery): Promise<{ items: FollowUp[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const today = await facilityToday(em, facilityId);
      const qb = em
        .createQueryBuilder(ReferralCheckIn, 'c')
        .innerJoinAndSelect('c.referral', 'r')
        .leftJoinAndSelect('r.organization', 'o')
        .where('c.facility_id = :facilityId', { facilityId })
        .andWhere('c.done_on IS NULL');
      // A check-in due today is not overdue yet: the day is still open.
      if (query.overdue) qb.andWhere('c.due_on < :today', { today });
      qb.orderBy('c.due_on', 'ASC').addOrderBy('c.id', 'ASC').skip(query.offset).take(query.limit);
      const [rows, total] = await qb.getManyAndCount();
      // The page's tenant names in one query (the referral and organisation came with the rows).
      const names = await this.tenants.namesOf(
        facilityId,
        rows.map((c) => c.referral!.tenantId),
      );
      return {
        items: rows.map((checkIn) => ({
          checkIn,
          overdue: isOverdue(checkIn, today),
          referral: {
            tenantId: checkIn.referral!.tenantId,
            tenantName: names.get(checkIn.referral!.tenantId) ?? '',
            organizationId: checkIn.referral!.organizationId,
            organizationName: checkIn.referral!.organization?.name ?? '',
          },
        })),
        total,
      };
    });
  }

  /**
   * Open check-ins due on one of `dates` (reminders), with the referral's tenant and organisation
   * named: one query for the check-ins with their referrals and organisations, one for the names.
   */
  dueOn(facilityId: string, dates: readonly string[]): Promise<CheckInDue[]> {
    if (dates.length === 0) return Promise.resolve([]);
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await em
        .createQueryBuilder(ReferralCheckIn, 'c')
        .innerJoinAndSelect('c.referral', 'r')
        .leftJoinAndSelect('r.organization', 'o')
        .where('c.facility_id = :facilityId AND c.done_on IS NULL', { facilityId })
        .andWhere('c.due_on IN (:...dates)', { dates: [...dates] })
        .orderBy('c.due_on', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getMany();
      const names = await this.tenants.namesOf(
        facilityId,
        rows.map((c) => c.referral!.tenantId),
      );
      return rows.map((c) => {
        const r = c.referral!;
        return {
          checkInId: c.id,
          referralId: r.id,
          tenantId: r.tenantId,
          tenantName: names.get(r.tenantId) ?? '',
          organizationId: r.organizationId,
          organizationName: r.organization?.name ?? '',
          dueOn: c.dueOn,
        };
      });
    });
  }

  /**
   * The first `limit` overdue check-ins (as followUps with overdue) with their referral loaded, so
   * callers can name the tenant, and the total overdue; two queries.
   */
  overdueWithReferrals(facilityId: string, limit: number): Promise<{ items: ReferralCheckIn[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const today = await facilityToday(em, facilityId);
      const [items, total] = await em
        .createQueryBuilder(ReferralCheckIn, 'c')
        .innerJoinAndSelect('c.referral', 'r')
        .where('c.facility_id = :facilityId', { facilityId })
        .andWhere('c.done_on IS NULL AND c.due_on < :today', { today })
        .orderBy('c.due_on', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .take(limit)
        .getManyAndCount();
      return { items, total };
    });
  }
}

function isOverdue(checkIn: ReferralCheckIn, today: string): boolean {
  return checkIn.doneOn === null && checkIn.dueOn < today;
}
