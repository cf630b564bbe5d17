import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { LeaseLookup, LeaseService, OccupancyService } from '@tamago/leasing';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { SpaceDto } from '../spaces/space.dto';
import {
  CreateLeaseDto,
  EndingQueryDto,
  LeaseDto,
  LeaseListQueryDto,
  LeasePageDto,
  LeaseTransitionDto,
  LeasingSettingsDto,
  NearingTenureQueryDto,
  OccupancyQueryDto,
  RenewLeaseDto,
  UpdateLeaseDto,
  EndingLeasesDto,
  NearingMaxTenureDto,
  OccupancyReportDto,
} from './lease.dto';
import { InMemoryPage } from '../common/in-memory-page';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager];

@ApiTags('leases')
@ApiBearerAuth()
@Controller('leases')
export class LeasesController {
  constructor(
    private readonly leases: LeaseService,
    private readonly lookup: LeaseLookup,
    private readonly occupancy: OccupancyService,
  ) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: LeasePageDto })
  async list(@FacilityId() facilityId: string, @Query() query: LeaseListQueryDto): Promise<LeasePageDto> {
    const page = await this.lookup.list(facilityId, query);
    return { items: page.items.map(LeaseDto.from), total: page.total };
  }

  @Get('ending')
  @Roles(...STAFF)
  @ApiOkResponse({
    type: EndingLeasesDto,
    description: 'active leases ending within `days` days that have no renewal, soonest first, paged',
  })
  async ending(
    @FacilityId() facilityId: string,
    @Query() { days, limit, offset }: EndingQueryDto,
  ): Promise<EndingLeasesDto> {
    const { asOf, items } = await this.occupancy.endingWithin(facilityId, days);
    return { asOf, items: items.slice(offset, offset + limit).map(LeaseDto.from), total: items.length };
  }

  @Get('nearing-max-tenure')
  @InMemoryPage({ inQueryDto: true })
  @Roles(...STAFF)
  @ApiOkResponse({
    type: NearingMaxTenureDto,
    description: 'tenants whose maximum tenure runs out within `months` months',
  })
  async nearing(
    @FacilityId() facilityId: string,
    @Query() { months }: NearingTenureQueryDto,
  ): Promise<NearingMaxTenureDto> {
    const r = await this.occupancy.nearingMaxTenure(facilityId, months);
    return { ...r, total: r.items.length };
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: LeaseDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<LeaseDto> {
    return LeaseDto.from(await this.leases.get(facilityId, id));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({
    type: LeaseDto,
    description: 'created as draft; 409 naming the conflicting lease when a space is taken',
  })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateLeaseDto,
  ): Promise<LeaseDto> {
    return LeaseDto.from(await this.leases.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: LeaseDto })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateLeaseDto,
  ): Promise<LeaseDto> {
    return LeaseDto.from(await this.leases.update(facilityId, actor.userId, id, dto));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({
    type: LeaseDto,
    description: '409 with `allowed` on an illegal step',
  })
  async transition(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: LeaseTransitionDto,
  ): Promise<LeaseDto> {
    return LeaseDto.from(await this.leases.transition(facilityId, actor.userId, id, dto));
  }

  @Post(':id/renew')
  @Roles(...WRITERS)
  @ApiCreatedResponse({
    type: LeaseDto,
    description: '409 with latestAllowedEndDate past the maximum tenure',
  })
  async renew(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: RenewLeaseDto,
  ): Promise<LeaseDto> {
    return LeaseDto.from(await this.leases.renew(facilityId, actor.userId, id, dto));
  }
}

@ApiTags('leases')
@ApiBearerAuth()
@Controller()
export class OccupancyController {
  constructor(
    private readonly leases: LeaseService,
    private readonly occupancy: OccupancyService,
  ) {}

  @Get('occupancy')
  @Roles(...STAFF)
  @ApiOkResponse({
    type: OccupancyReportDto,
    description: 'rooms and area occupancy on asOf, with the vacant spaces',
  })
  async report(@FacilityId() facilityId: string, @Query() { asOf }: OccupancyQueryDto): Promise<OccupancyReportDto> {
    const r = await this.occupancy.report(facilityId, asOf);
    return { ...r, vacantSpaces: r.vacantSpaces.map((s) => SpaceDto.from(s, new Set())) };
  }

  @Get('leasing-settings')
  @Roles(...STAFF)
  @ApiOkResponse({ type: LeasingSettingsDto })
  settings(@FacilityId() facilityId: string): Promise<LeasingSettingsDto> {
    return this.leases.getSettings(facilityId);
  }

  @Put('leasing-settings')
  @Roles(Role.FacilityAdmin)
  @ApiOkResponse({ type: LeasingSettingsDto })
  saveSettings(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: LeasingSettingsDto,
  ): Promise<LeasingSettingsDto> {
    return this.leases.saveSettings(facilityId, actor.userId, dto);
  }
}
