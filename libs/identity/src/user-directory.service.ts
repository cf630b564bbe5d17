import { Injectable, Module } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner } from '@tamago/database';
import { Role } from './role';
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

  /** Active users of a tenant (`tenantId`), active staff holding one of `roles`, or active users by id. */
  async recipients(
    facilityId: string,
    who: { tenantId: string } | { roles: Role[] } | { userIds: string[] },
  ): Promise<UserRecipient[]> {
    if ('userIds' in who && who.userIds.length === 0) return [];
    const users = await this.tx.inFacility(facilityId, (em) =>
      'tenantId' in who
        ? em.find(User, { where: { facilityId, tenantId: who.tenantId, status: 'active' }, order: { email: 'ASC' } })
        : 'userIds' in who
          ? em.find(User, { where: { facilityId, id: In(who.userIds), status: 'active' }, order: { email: 'ASC' } })
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
}

/** The user directory alone, for the worker and other contexts that only address people. */
@Module({ providers: [UserDirectoryService], exports: [UserDirectoryService] })
export class UserDirectoryModule {}
