import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, TENANT_ROLES } from '@tamago/identity';
import { AdvisorySessionService, SessionActor, SupportSettingsService, supportReaderOf } from '@tamago/support';
import { ownTenantOf } from '@tamago/tenants';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import {
  AdvisoryQuotaView,
  AdvisorySessionPageView,
  AdvisorySessionView,
  CreateAdvisorySessionDto,
  FiscalYearQueryDto,
  SessionListQueryDto,
  SessionStatsView,
  SessionTransitionDto,
  SupportSettingsDto,
  SupportSettingsView,
  UpdateAdvisorySessionDto,
} from './advisory-session.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager, Role.Advisor];
const who = (actor: Actor): SessionActor => supportReaderOf(actor);
const view = (_actor: Actor) => (s: Parameters<typeof AdvisorySessionView.from>[0]) => AdvisorySessionView.from(s);

@ApiTags('advisory')
@ApiBearerAuth()
@Controller('advisory-sessions')
export class AdvisorySessionsController {
  constructor(private readonly sessions: AdvisorySessionService) {}

  @Get()
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({
    type: AdvisorySessionPageView,
    description: "tenant users: their own tenant's sessions, without notes",
  })
  async list(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() query: SessionListQueryDto,
  ): Promise<AdvisorySessionPageView> {
    const page = await this.sessions.list(facilityId, query, who(actor));
    return { items: page.items.map(view(actor)), total: page.total };
  }

  @Get('stats')
  @Roles(...STAFF)
  @ApiOkResponse({
    type: SessionStatsView,
    description: 'sessions and minutes per staff member and kind in a fiscal year (default: current)',
  })
  stats(@FacilityId() facilityId: string, @Query() { fiscalYear }: FiscalYearQueryDto): Promise<SessionStatsView> {
    return this.sessions.stats(facilityId, fiscalYear);
  }

  @Get(':id')
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({ type: AdvisorySessionView })
  async get(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<AdvisorySessionView> {
    return view(actor)(await this.sessions.get(facilityId, id, who(actor)));
  }

  @Post()
  @Roles(...WRITERS, ...TENANT_ROLES)
  @ApiCreatedResponse({
    type: AdvisorySessionView,
    description:
      "409 when the advisor is booked at an overlapping time or the free quota is used up; tenant users book their own tenant within the advisor's free slots",
  })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateAdvisorySessionDto,
  ): Promise<AdvisorySessionView> {
    return view(actor)(await this.sessions.create(facilityId, who(actor), dto));
  }

  @Patch(':id')
  @Roles(...WRITERS, ...TENANT_ROLES)
  @ApiOkResponse({
    type: AdvisorySessionView,
    description: 'tenant users may only move their booking, up to the cut-off (24 h by default)',
  })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateAdvisorySessionDto,
  ): Promise<AdvisorySessionView> {
    return view(actor)(await this.sessions.update(facilityId, who(actor), id, dto));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(...WRITERS, ...TENANT_ROLES)
  @ApiOkResponse({ type: AdvisorySessionView, description: 'tenant users may only cancel, up to the cut-off' })
  async transition(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: SessionTransitionDto,
  ): Promise<AdvisorySessionView> {
    return view(actor)(await this.sessions.transition(facilityId, who(actor), id, dto));
  }
}

/** The portal's booking route: the same booking, always for the caller's own tenant. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('portal/advisory-sessions')
export class PortalAdvisorySessionsController {
  constructor(private readonly sessions: AdvisorySessionService) {}

  @Post()
  @Roles(...TENANT_ROLES)
  @ApiCreatedResponse({ type: AdvisorySessionView })
  async book(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateAdvisorySessionDto,
  ): Promise<AdvisorySessionView> {
    return view(actor)(await this.sessions.create(facilityId, who(actor), dto));
  }
}

@ApiTags('advisory')
@ApiBearerAuth()
@Controller('tenants')
export class AdvisoryQuotaController {
  constructor(private readonly sessions: AdvisorySessionService) {}

  @Get(':id/advisory-quota')
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({
    type: AdvisoryQuotaView,
    description: 'free expert sessions used in the fiscal year (default: current)',
  })
  async quota(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Query() { fiscalYear }: FiscalYearQueryDto,
  ): Promise<AdvisoryQuotaView> {
    return AdvisoryQuotaView.from(await this.sessions.quota(facilityId, id, ownTenantOf(actor), fiscalYear));
  }
}

@ApiTags('advisory')
@ApiBearerAuth()
@Controller('support-settings')
export class SupportSettingsController {
  constructor(private readonly settings: SupportSettingsService) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: SupportSettingsView })
  get(@FacilityId() facilityId: string): Promise<SupportSettingsView> {
    return this.settings.get(facilityId);
  }

  @Put()
  @Roles(Role.FacilityAdmin)
  @ApiOkResponse({ type: SupportSettingsView })
  save(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: SupportSettingsDto,
  ): Promise<SupportSettingsView> {
    return this.settings.save(facilityId, actor.userId, dto);
  }
}
