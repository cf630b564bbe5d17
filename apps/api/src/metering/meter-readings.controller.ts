import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, TENANT_ROLES } from '@tamago/identity';
import { MeterCsvImportService, MeterReadingService, UsageService } from '@tamago/metering';
import { ownTenantOf } from '@tamago/tenants';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { ApiCsvUpload, CsvUpload } from '../common/csv-body';
import { IdParamDto } from '../common/id-param.dto';
import {
  CreateMeterReadingDto,
  DryRunQueryDto,
  ImportReportDto,
  MeterReadingDto,
  MeterReadingListQueryDto,
  MeterReadingPageDto,
  MeteringSettingsDto,
  UsageQueryDto,
  UsageReportDto,
} from './meter-reading.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager, Role.Accountant];

@ApiTags('metering')
@ApiBearerAuth()
@Controller('meter-readings')
export class MeterReadingsController {
  constructor(
    private readonly readings: MeterReadingService,
    private readonly csv: MeterCsvImportService,
    private readonly usage: UsageService,
  ) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: MeterReadingPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: MeterReadingListQueryDto): Promise<MeterReadingPageDto> {
    const page = await this.readings.list(facilityId, query);
    return { items: page.items.map(MeterReadingDto.from), total: page.total };
  }

  @Get('usage')
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({ type: UsageReportDto, description: 'per tenant and month; tenant users see only their own tenant' })
  report(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() query: UsageQueryDto,
  ): Promise<UsageReportDto> {
    return this.usage.usage(facilityId, { ...query, tenantId: ownTenantOf(actor) ?? query.tenantId });
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: MeterReadingDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<MeterReadingDto> {
    return MeterReadingDto.from(await this.readings.get(facilityId, id));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({
    type: MeterReadingDto,
    description: '400 on value when lower than the previous reading without isReplacement; 409 when the month has one',
  })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateMeterReadingDto,
  ): Promise<MeterReadingDto> {
    const writer = { source: 'manual' as const, userId: actor.userId, apiKeyId: null };
    return MeterReadingDto.from(await this.readings.record(facilityId, writer, dto));
  }

  @Post('import')
  @Roles(...WRITERS)
  @ApiCsvUpload('居室コード,種別,検針日,指示数[,メーター交換,旧メーター最終指示数,新メーター初期指示数]')
  @ApiCreatedResponse({
    type: ImportReportDto,
    description: '400 listing every bad row (line, column, reason); nothing written',
  })
  importCsv(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @CsvUpload() file: Buffer,
    @Query() { dryRun }: DryRunQueryDto,
  ): Promise<ImportReportDto> {
    return this.csv.importCsv(facilityId, actor.userId, file, dryRun ?? false);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...WRITERS)
  @ApiNoContentResponse({ description: 'only the latest reading of a meter (409 otherwise)' })
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.readings.remove(facilityId, actor.userId, id);
  }
}

@ApiTags('metering')
@ApiBearerAuth()
@Controller('metering-settings')
export class MeteringSettingsController {
  constructor(private readonly usage: UsageService) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: MeteringSettingsDto })
  get(@FacilityId() facilityId: string): Promise<MeteringSettingsDto> {
    return this.usage.getSettings(facilityId);
  }

  @Put()
  @Roles(Role.FacilityAdmin)
  @ApiOkResponse({ type: MeteringSettingsDto })
  save(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: MeteringSettingsDto,
  ): Promise<MeteringSettingsDto> {
    return this.usage.saveSettings(facilityId, actor.userId, dto);
  }
}
