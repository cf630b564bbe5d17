import { ApiFileResponse } from '../common/file-response';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import {
  REPORT_TYPES,
  ReportRunService,
  ReportSettingsService,
  type ReportStatus,
  type ReportType,
} from '@tamago/reports';
import { DomainError, ErrorCode } from '@tamago/core';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import {
  CreateReportDto,
  ReportDto,
  ReportListQueryDto,
  ReportPageDto,
  ReportSettingsDto,
  UpdateReportSettingsDto,
} from './report.dto';
import { ApiError } from '../errors';

const MONEY_ROLES: readonly Role[] = [Role.FacilityAdmin, Role.Accountant, Role.IncubationManager, Role.Auditor];

/** Report types a caller may ask for and read: money (revenue-arrears) needs a money role; advisors see support. */
export function reportTypesFor(actor: Actor): ReportType[] {
  if (actor.roles.some((r) => MONEY_ROLES.includes(r))) return [...REPORT_TYPES];
  return ['support-activity', 'monthly-occupancy'];
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportRunService) {}

  @Post()
  @HttpCode(202)
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Ask for a report',
    description:
      'Answers 202 with the report (queued, running or done). The same type, period or fiscal year and format ' +
      'answer the same report; a failed or expired one is built again. Unknown types, future periods: 400 naming the field.',
  })
  @ApiAcceptedResponse({ type: ReportDto })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateReportDto,
  ): Promise<ReportDto> {
    if (!reportTypesFor(actor).includes(dto.type as ReportType))
      throw new DomainError(
        ErrorCode.Forbidden,
        ApiError.ReportForbidden,
        `Your role may not ask for the ${dto.type} report.`,
        { params: { type: dto.type } },
      );
    return ReportDto.from(await this.reports.request(facilityId, actor.userId, dto));
  }

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: ReportPageDto, description: 'newest first' })
  async list(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() q: ReportListQueryDto,
  ): Promise<ReportPageDto> {
    const page = await this.reports.list(facilityId, {
      limit: q.limit,
      offset: q.offset,
      type: q.type as ReportType | undefined,
      status: q.status as ReportStatus | undefined,
      types: reportTypesFor(actor),
    });
    return { items: page.items.map(ReportDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: ReportDto, description: 'status and progress (0–100)' })
  async get(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<ReportDto> {
    return ReportDto.from(await this.reports.get(facilityId, id, reportTypesFor(actor)));
  }

  @Get(':id/file')
  @Roles(...STAFF)
  @ApiFileResponse(
    ['application/pdf', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    'the file; 409 while not done or after it expired',
  )
  async file(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<StreamableFile> {
    const file = await this.reports.file(facilityId, id, reportTypesFor(actor));
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.bytes.length,
    });
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('report-settings')
export class ReportSettingsController {
  constructor(private readonly settings: ReportSettingsService) {}

  @Get()
  @Roles(Role.FacilityAdmin, Role.IncubationManager, Role.Accountant, Role.Auditor)
  @ApiOkResponse({ type: ReportSettingsDto })
  get(@FacilityId() facilityId: string): Promise<ReportSettingsDto> {
    return this.settings.get(facilityId);
  }

  @Patch()
  @Roles(Role.FacilityAdmin)
  @ApiOkResponse({ type: ReportSettingsDto, description: 'recipients of the scheduled reports, format, retention' })
  save(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: UpdateReportSettingsDto,
  ): Promise<ReportSettingsDto> {
    return this.settings.save(facilityId, actor.userId, dto);
  }
}
