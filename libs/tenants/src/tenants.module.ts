import { Module } from '@nestjs/common';
import { UserDirectoryModule } from '@tamago/identity';
import { TenantLookup } from './tenant-lookup.service';
import { TenantService } from './tenant.service';

/** Tenants (入居企業): records, contacts, lifecycle; TenantLookup answers other contexts in their transaction. */
@Module({
  imports: [UserDirectoryModule],
  providers: [TenantService, TenantLookup],
  exports: [TenantService, TenantLookup],
})
export class TenantsModule {}
