import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import { UserDirectoryService } from '@tamago/identity';
import { Tenant, TenantService } from '@tamago/tenants';
import { Advisor } from './advisor.entity';
import { SupportError } from './errors';

/**
 * Checks ids that arrive in request bodies: another facility's id behaves as unknown and is a
 * 400 naming the field (path ids are 404s, handled by the services' loaders).
 */
@Injectable()
export class SupportReferences {
  constructor(
    private readonly tenants: TenantService,
    private readonly users: UserDirectoryService,
  ) {}

  /** A tenant of the facility. */
  async tenant(em: EntityManager, facilityId: string, id: string, field = 'tenantId'): Promise<Tenant> {
    try {
      return await this.tenants.load(em, facilityId, id);
    } catch (e) {
      if (e instanceof DomainError && e.code === ErrorCode.NotFound) {
        throw DomainError.invalid(SupportError.TenantNotInFacility, field, `No tenant of this facility has id ${id}.`, {
          id,
        });
      }
      throw e;
    }
  }

  /** An active staff member (not an auditor) of the facility, or null. */
  async staff(em: EntityManager, facilityId: string, id: string | null | undefined, field: string): Promise<void> {
    if (!id) return;
    await this.users.assertActiveStaff(em, facilityId, id, field);
  }

  /** An advisor of the facility, or null. */
  async advisor(
    em: EntityManager,
    facilityId: string,
    id: string | null | undefined,
    field = 'advisorId',
  ): Promise<Advisor | null> {
    if (!id) return null;
    const advisor = await em.findOneBy(Advisor, { facilityId, id });
    if (!advisor)
      throw DomainError.invalid(SupportError.AdvisorNotInFacility, field, `No advisor of this facility has id ${id}.`, {
        id,
      });
    return advisor;
  }
}
