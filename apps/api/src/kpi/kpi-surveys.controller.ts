import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, TENANT_ROLES } from '@tamago/identity';
import { KpiDraftService, KpiSubmissionService, KpiSurveyService } from '@tamago/kpi';
import { ownTenantOf } from '@tamago/tenants';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { PageQueryDto } from '../common/list-query.dto';
import {
  KpiDraftDto,
  KpiDraftFiguresDto,
  KpiFiguresDto,
  KpiSubmissionDto,
  KpiSubmissionPageDto,
  KpiSurveyDto,
  KpiSurveyPageDto,
  MissingPageDto,
  MissingTenantDto,
  OpenKpiSurveyDto,
  SurveyTenantParamDto,
  UpdateKpiSurveyDto,
} from './kpi.dto';
import { InMemoryPage } from '../common/in-memory-page';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager];

@ApiTags('kpi')
@ApiBearerAuth()
@Controller('kpi-surveys')
export class KpiSurveysController {
  constructor(
    private readonly surveys: KpiSurveyService,
    private readonly submissions: KpiSubmissionService,
  ) {}

  @Get()
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({ type: KpiSurveyPageDto })
  async list(@FacilityId() facilityId: string, @Query() page: PageQueryDto): Promise<KpiSurveyPageDto> {
    const r = await this.surveys.list(facilityId, page);
    return { items: r.items.map(KpiSurveyDto.from), total: r.total };
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: KpiSurveyDto, description: '409 when the period already has a survey' })
  async open(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: OpenKpiSurveyDto,
  ): Promise<KpiSurveyDto> {
    return KpiSurveyDto.from(await this.surveys.open(facilityId, actor.userId, dto));
  }

  @Get(':id')
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({ type: KpiSurveyDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<KpiSurveyDto> {
    return KpiSurveyDto.from(await this.surveys.get(facilityId, id));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: KpiSurveyDto, description: 'moves the submission window' })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateKpiSurveyDto,
  ): Promise<KpiSurveyDto> {
    return KpiSurveyDto.from(await this.surveys.update(facilityId, actor.userId, id, dto));
  }

  @Get(':id/missing')
  @InMemoryPage()
  @Roles(...STAFF)
  @ApiOkResponse({
    type: MissingPageDto,
    description: 'active tenants and alumni in follow-up that have not submitted',
  })
  async missing(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<MissingPageDto> {
    const items = (await this.submissions.missing(facilityId, id)).map(MissingTenantDto.from);
    return { items, total: items.length };
  }

  @Get(':id/submissions')
  @InMemoryPage()
  @Roles(...STAFF)
  @ApiOkResponse({ type: KpiSubmissionPageDto })
  async submissionsOf(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<KpiSubmissionPageDto> {
    const items = (await this.submissions.list(facilityId, id)).map(KpiSubmissionDto.from);
    return { items, total: items.length };
  }

  @Put(':id/submissions/:tenantId')
  @Roles(...WRITERS)
  @ApiOkResponse({
    type: KpiSubmissionDto,
    description: "staff enter (or correct) a tenant's answer, also after the close",
  })
  async enter(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id, tenantId }: SurveyTenantParamDto,
    @Body() dto: KpiFiguresDto,
  ): Promise<KpiSubmissionDto> {
    const submitter = { userId: actor.userId, asTenant: false };
    return KpiSubmissionDto.from((await this.submissions.submit(facilityId, submitter, id, tenantId, dto)).submission);
  }
}

/** The tenant portal's side of KPI surveys: a tenant user answers for their own tenant. */
@ApiTags('kpi')
@ApiBearerAuth()
@Controller('portal/kpi-surveys')
export class PortalKpiController {
  constructor(
    private readonly submissions: KpiSubmissionService,
    private readonly drafts: KpiDraftService,
  ) {}

  @Put(':id/draft')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({
    type: KpiDraftDto,
    description:
      "keeps the tenant's unsent answer on the server (replacing the last draft) while the survey is open (409 otherwise); submitting removes it",
  })
  async saveDraft(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: KpiDraftFiguresDto,
  ): Promise<KpiDraftDto> {
    return KpiDraftDto.from(await this.drafts.save(facilityId, actor.userId, id, ownTenantOf(actor)!, dto));
  }

  @Delete(':id/draft')
  @HttpCode(204)
  @Roles(...TENANT_ROLES)
  @ApiNoContentResponse({ description: "discards the tenant's draft (none is fine)" })
  discardDraft(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<void> {
    return this.drafts.discard(facilityId, actor.userId, id, ownTenantOf(actor)!);
  }

  @Get(':id/submission')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({ type: KpiSubmissionDto, description: '404 until the tenant has submitted' })
  async own(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<KpiSubmissionDto> {
    return KpiSubmissionDto.from(await this.submissions.own(facilityId, id, ownTenantOf(actor)!));
  }

  @Put(':id/submission')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({
    type: KpiSubmissionDto,
    description: 'submits or resubmits while the survey is open (409 otherwise)',
  })
  async submit(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: KpiFiguresDto,
  ): Promise<KpiSubmissionDto> {
    const submitter = { userId: actor.userId, asTenant: true };
    return KpiSubmissionDto.from(
      (await this.submissions.submit(facilityId, submitter, id, ownTenantOf(actor)!, dto)).submission,
    );
  }
}

/** A tenant's KPI history (staff: any tenant; tenant users: their own, others are 404). */
@ApiTags('kpi')
@ApiBearerAuth()
@Controller('tenants')
export class TenantKpiHistoryController {
  constructor(private readonly submissions: KpiSubmissionService) {}

  @Get(':id/kpi-history')
  @InMemoryPage()
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({ type: KpiSubmissionPageDto, description: 'oldest period first' })
  async history(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<KpiSubmissionPageDto> {
    const items = (await this.submissions.history(facilityId, id, ownTenantOf(actor))).map(KpiSubmissionDto.from);
    return { items, total: items.length };
  }
}
