import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { TENANT_DIRECTORY, TenantDirectory } from './tenant-directory';

/**
 * Binds the ports identity needs from contexts that depend on it. Global, because IdentityModule
 * is imported by libraries too (demo) and must stay one instance: every app that imports it
 * (directly or through a library) also imports `IdentityPortsModule.register(...)` once, at its root.
 */
@Module({})
export class IdentityPortsModule {
  /** Binds TENANT_DIRECTORY to `tenantDirectory` (e.g. tenants' TenantLookup) from `imports`. */
  static register(options: {
    imports: ModuleMetadata['imports'];
    tenantDirectory: Type<TenantDirectory>;
  }): DynamicModule {
    return {
      module: IdentityPortsModule,
      global: true,
      imports: options.imports ?? [],
      providers: [{ provide: TENANT_DIRECTORY, useExisting: options.tenantDirectory }],
      exports: [TENANT_DIRECTORY],
    };
  }
}
