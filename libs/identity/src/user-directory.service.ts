import { Injectable, Module } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { Role, STAFF_ROLES } from './role';
import { User } from './user.entity';

/** What a message needs of a user: id, address, name, language. */
export interface UserRecipient {
  userId: string;
  email: string;
  name: string;
  locale: string;
}

/** Looks up who receives a facility's notifications (no login or invitation machinery needed). */
@Injectable()
export class UserDirectoryService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Active users of a tenant (`tenantId`), or active staff holding one of `roles`. */
  async recipients(facilityId: string, who: { tenantId: string } | { roles: Role[] }): Promise<UserRecipient[]> {
    const users = await this.tx.inFacility(facilityId, (em) =>
      'tenantId' in who
        ? em.find(User, { where: { facilityId, tenantId: who.tenantId, status: 'active' }, order: { email: 'ASC' } })
        : em
            .createQueryBuilder(User, 'u')
            .where("u.facility_id = :facilityId AND u.status = 'active' AND u.roles && :roles", {
              facilityId,
              roles: who.roles,
            })
            .orderBy('u.email', 'ASC')
            .getMany(),
    );
    return users.map((u) => ({ userId: u.id, email: u.email, name: u.name, locale: u.locale }));
  }

  /**
   * For other contexts' inputs (a tenant's manager, a case's staff member): InvalidInput on `field`
   * unless `userId` is an active staff member of the facility who is not an auditor. Runs in the
   * caller's transaction.
   */
  async assertActiveStaff(
    em: EntityManager,
    facilityId: string,
    userId: string,
    field: string,
    message = `${field} must be an active staff member of this facility.`,
  ): Promise<void> {
    const user = await em.findOneBy(User, { facilityId, id: userId });
    if (!user || !isActiveStaff(user)) throw DomainError.invalid(field, message);
  }

  /** Names of the given users of the facility, in one query (in the caller's transaction); unknown ids are absent. */
  async namesOf(em: EntityManager, facilityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await em.find(User, { select: { id: true, name: true }, where: { facilityId, id: In(unique) } });
    return new Map(rows.map((u) => [u.id, u.name]));
  }
}

/** An active (not deactivated) staff member who is not only an auditor: who may be put in charge of something. */
function isActiveStaff(user: User): boolean {
  return user.status !== 'deactivated' && user.roles.some((r) => STAFF_ROLES.includes(r) && r !== Role.Auditor);
}

/** The user directory alone, for the worker and other contexts that only address people. */
@Module({ providers: [UserDirectoryService], exports: [UserDirectoryService] })
export class UserDirectoryModule {}
