import { Module } from '@nestjs/common';
import { TenantService } from './tenant.service';

/** Tenants (入居企業): records, contacts, lifecycle. */
@Module({ providers: [TenantService], exports: [TenantService] })
export class TenantsModule {}
