import { Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { TransactionRunner, isPgError, PgErrorCode } from '@tamago/database';
import { FacilitiesService, FacilityInput } from '@tamago/facilities';
import { Role } from './role';
import { User } from './user.entity';
import { UsersService } from './users.service';
import { IdentityError } from './errors';

/** Creates a facility together with its first facility admin, in one transaction. */
@Injectable()
export class FacilityOnboardingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
    private readonly users: UsersService,
  ) {}

  /** New facility plus admin; with a password the admin is active, without it they are invited by mail. */
  async createWithAdmin(
    input: FacilityInput & { adminEmail: string; adminName?: string; adminPassword?: string },
    actorId: string | null = null,
  ): Promise<{ facilityId: string; adminUserId: string }> {
    try {
      return await this.tx.asSystem(async (em) => {
        const facility = await this.facilities.create(em, input);
        const admin: User = await this.users.createInFacility(em, facility.id, {
          email: input.adminEmail,
          name: input.adminName ?? '施設管理者',
          roles: [Role.FacilityAdmin],
          password: input.adminPassword,
        });
        return { facilityId: facility.id, adminUserId: admin.id };
      }, actorId);
    } catch (e) {
      if (isPgError(e, PgErrorCode.UniqueViolation)) {
        throw DomainError.conflict(
          IdentityError.AdminEmailTaken,
          `A user with the email ${input.adminEmail} already exists.`,
          { adminEmail: input.adminEmail },
        );
      }
      throw e;
    }
  }
}
