import { Injectable, Module } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { Role, STAFF_ROLES } from './role';
import { User } from './user.entity';
import { IdentityError } from './errors';

/** What a message needs of a user: id, address, name, language. */
export interface UserRecipient {
  userId: string;
  email: string;
  name: string;
  locale: string;
}

/** A staff member as the facility's staff see them: a name beside an id, nothing staff-only. */
export interface StaffName {
  id: string;
  name: string;
  roles: Role[];
  active: boolean;
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

  /** Active users of many tenants in one query, by tenant (each list ordered by email; a tenant without users: none). */
  async tenantRecipients(facilityId: string, tenantIds: string[]): Promise<Map<string, UserRecipient[]>> {
    const byTenant = new Map<string, UserRecipient[]>();
    if (tenantIds.length === 0) return byTenant;
    const users = await this.tx.inFacility(facilityId, (em) =>
      em.find(User, {
        where: { facilityId, tenantId: In([...new Set(tenantIds)]), status: 'active' },
        order: { email: 'ASC' },
      }),
    );
    for (const u of users) {
      const list = byTenant.get(u.tenantId!) ?? [];
      list.push({ userId: u.id, email: u.email, name: u.name, locale: u.locale });
      byTenant.set(u.tenantId!, list);
    }
    return byTenant;
  }

  /**
   * The facility's staff (users without a tenant) by name, for staff who need to name a colleague
   * (a tenant's manager, a case's staff member): `ids` resolves a set in one query, `q` searches
   * names; deactivated staff stay listed (old records name them).
   */
  async staffNames(
    facilityId: string,
    query: { ids?: string[]; q?: string; limit: number; offset: number },
  ): Promise<{ items: StaffName[]; total: number }> {
    if (query.ids && query.ids.length === 0) return { items: [], total: 0 };
    const [users, total] = await this.tx.inFacility(facilityId, (em) => {
      const qb = em
        .createQueryBuilder(User, 'u')
        .select(['u.id', 'u.name', 'u.roles', 'u.status'])
        .where('u.facility_id = :facilityId AND u.tenant_id IS NULL', { facilityId });
      if (query.ids) qb.andWhere('u.id IN (:...ids)', { ids: query.ids });
      if (query.q) qb.andWhere('u.name ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` });
      return qb
        .orderBy('u.name', 'ASC')
        .addOrderBy('u.id', 'ASC')
        .skip(query.offset)
        .take(query.limit)
        .getManyAndCount();
    });
    return {
      items: users.map((u) => ({ id: u.id, name: u.name, roles: u.roles, active: u.status === 'active' })),
      total,
    };
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
    reason: string = IdentityError.NotActiveStaff,
  ): Promise<void> {
    const user = await em.findOneBy(User, { facilityId, id: userId });
    if (!user || !isActiveStaff(user)) throw DomainError.invalid(reason, field, message);
  }

  /** Names of the given users of the facility, in one query (in the caller's transaction); unknown ids are absent. */
  async namesOf(em: EntityManager, facilityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    // Fixed SQL, no entity to hydrate: list pages ask this on every read.
    const rows = await queryRows<{ id: string; name: string }>(
      em,
      'SELECT id, name FROM users WHERE facility_id = $1 AND id = ANY($2::uuid[])',
      [facilityId, unique],
    );
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
