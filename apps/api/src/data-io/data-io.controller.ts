import { Controller, Get, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ExportList, ExportService, SpaceImportService, TenantImportService, toCsv, toXlsx } from '@tamago/data-io';
import { Actor, Role } from '@tamago/identity';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { ApiCsvUpload, CsvUpload } from '../common/csv-body';
import { DryRunQueryDto } from '../metering/meter-reading.dto';
import { ApiFileResponse } from '../common/file-response';

const IMPORTERS = [Role.FacilityAdmin, Role.IncubationManager];
const CSV_TYPE = 'text/csv; charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ImportResultDto {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() rows!: number;
  @ApiProperty() created!: number;
  @ApiProperty({ type: [String], description: 'ids of the created records (empty in a dry run)' }) ids!: string[];
}

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly tenants: TenantImportService,
    private readonly spaces: SpaceImportService,
  ) {}

  @Post('tenants')
  @Roles(...IMPORTERS)
  @ApiCsvUpload('入居企業名,フリガナ,区分,ステータス,法人番号,… (the tenant export headers)')
  @ApiCreatedResponse({
    type: ImportResultDto,
    description: '400 with `problems` (line, column, message) for every bad row; nothing written',
  })
  importTenants(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @CsvUpload() file: Buffer,
    @Query() { dryRun }: DryRunQueryDto,
  ): Promise<ImportResultDto> {
    return this.tenants.importCsv(facilityId, actor.userId, file, dryRun ?? false);
  }

  @Post('spaces')
  @Roles(...IMPORTERS)
  @ApiCsvUpload('居室コード,建物,階,居室タイプ,面積,月額賃料,共益費,状態,設備,備考')
  @ApiCreatedResponse({ type: ImportResultDto, description: '400 with `problems` for every bad row; nothing written' })
  importSpaces(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @CsvUpload() file: Buffer,
    @Query() { dryRun }: DryRunQueryDto,
  ): Promise<ImportResultDto> {
    return this.spaces.importCsv(facilityId, actor.userId, file, dryRun ?? false);
  }
}

@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportService) {}

  @Get('tenants.csv')
  @Roles(...STAFF)
  @ApiFileResponse('text/csv', 'UTF-8 CSV with BOM, Japanese headers')
  tenantsCsv(@FacilityId() facilityId: string): Promise<StreamableFile> {
    return this.file(facilityId, 'tenants', 'csv');
  }

  @Get('tenants.xlsx')
  @Roles(...STAFF)
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX, Japanese headers')
  tenantsXlsx(@FacilityId() facilityId: string): Promise<StreamableFile> {
    return this.file(facilityId, 'tenants', 'xlsx');
  }

  @Get('spaces.csv')
  @Roles(...STAFF)
  @ApiFileResponse('text/csv', 'UTF-8 CSV with BOM, Japanese headers')
  spacesCsv(@FacilityId() facilityId: string): Promise<StreamableFile> {
    return this.file(facilityId, 'spaces', 'csv');
  }

  @Get('spaces.xlsx')
  @Roles(...STAFF)
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX, Japanese headers')
  spacesXlsx(@FacilityId() facilityId: string): Promise<StreamableFile> {
    return this.file(facilityId, 'spaces', 'xlsx');
  }

  @Get('leases.csv')
  @Roles(...STAFF)
  @ApiFileResponse('text/csv', 'UTF-8 CSV with BOM, Japanese headers')
  leasesCsv(@FacilityId() facilityId: string): Promise<StreamableFile> {
    return this.file(facilityId, 'leases', 'csv');
  }

  @Get('leases.xlsx')
  @Roles(...STAFF)
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX, Japanese headers')
  leasesXlsx(@FacilityId() facilityId: string): Promise<StreamableFile> {
    return this.file(facilityId, 'leases', 'xlsx');
  }

  /** Renders a list; kept here because it is transport (content type, file name), not a rule. */
  private async file(facilityId: string, list: ExportList, format: 'csv' | 'xlsx'): Promise<StreamableFile> {
    const table = await this.exports.table(facilityId, list);
    const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
    return new StreamableFile(body, {
      type: format === 'csv' ? CSV_TYPE : XLSX_TYPE,
      disposition: `attachment; filename="${list}.${format}"`,
      length: body.length,
    });
  }
}
