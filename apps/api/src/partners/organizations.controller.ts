import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { OrganizationService } from '@tamago/partners';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import {
  CreateOrganizationDto,
  OrganizationDto,
  OrganizationListQueryDto,
  OrganizationPageDto,
  UpdateOrganizationDto,
} from './organization.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager];

@ApiTags('partners')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationService) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: OrganizationPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: OrganizationListQueryDto): Promise<OrganizationPageDto> {
    const page = await this.organizations.list(facilityId, query);
    return { items: page.items.map(OrganizationDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: OrganizationDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.get(facilityId, id));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: OrganizationDto })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateOrganizationDto,
  ): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: OrganizationDto })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateOrganizationDto,
  ): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.organizations.update(facilityId, actor.userId, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...WRITERS)
  @ApiNoContentResponse({ description: '409 when referrals, plans or advisors refer to it' })
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.organizations.remove(facilityId, actor.userId, id);
  }
}
