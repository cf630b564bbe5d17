import { Module } from '@nestjs/common';
import { LeasingModule } from '@tamago/leasing';
import { SpacesModule } from '@tamago/spaces';
import { TenantsModule } from '@tamago/tenants';
import { ExportService } from './export.service';
import { SpaceImportService } from './space-import.service';
import { TenantImportService } from './tenant-import.service';

/** Onboarding imports (tenants, spaces) and list exports (CSV, XLSX). */
@Module({
  imports: [TenantsModule, SpacesModule, LeasingModule],
  providers: [TenantImportService, SpaceImportService, ExportService],
  exports: [TenantImportService, SpaceImportService, ExportService],
})
export class DataIoModule {}
