import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { TENANT_EXIT_CHECK, TenantExitCheck } from './tenant-exit-check';

/**
 * Binds the ports tenants needs from contexts that depend on it. Global, because TenantsModule is
 * imported by many libraries and must stay one instance: every app that imports it (directly or
 * through a library) also imports `TenantPortsModule.register(...)` once, at its root.
 */
@Module({})
export class TenantPortsModule {
  /** Binds TENANT_EXIT_CHECK to `exitCheck` (e.g. leasing's LeaseLookup) from `imports`. */
  static register(options: { imports: ModuleMetadata['imports']; exitCheck: Type<TenantExitCheck> }): DynamicModule {
    return {
      module: TenantPortsModule,
      global: true,
      imports: options.imports ?? [],
      providers: [{ provide: TENANT_EXIT_CHECK, useExisting: options.exitCheck }],
      exports: [TENANT_EXIT_CHECK],
    };
  }
}
