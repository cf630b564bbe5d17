export { ImportReport } from '@tamago/database';
export { TenantImportService, TENANT_CSV_COLUMNS } from './tenant-import.service';
export { SpaceImportService, SPACE_CSV_COLUMNS } from './space-import.service';
export { ExportService, ExportList, EXPORT_LISTS } from './export.service';
export { ExportTable, toCsv, toXlsx } from './table-file';
export { DataIoModule } from './data-io.module';
