export * from './domain';
export { Tenant, ScreeningRecord } from './tenant.entity';
export { TenantContact, ContactRole, CONTACT_ROLES } from './tenant-contact.entity';
export { TenantService, TenantMovement, ownTenantOf } from './tenant.service';
export { TenantsModule } from './tenants.module';
export * from './tenant-input';
export { normalizeNameKana } from './tenant-rules';
export { TenantPortsModule } from './tenant-ports.module';
export { OpenLease, TenantExitCheck, TENANT_EXIT_CHECK } from './tenant-exit-check';
