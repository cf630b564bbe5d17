import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, TENANT_ROLES } from '@tamago/identity';
import { TenantService, ownTenantOf } from '@tamago/tenants';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import {
  CreateTenantDto,
  TenantDto,
  TenantListQueryDto,
  TenantPageDto,
  TenantTransitionDto,
  UpdateTenantDto,
} from './tenant.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager];

@ApiTags('tenants')
@ApiBearerAuth()
@Controller('tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantService) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: TenantPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: TenantListQueryDto): Promise<TenantPageDto> {
    const page = await this.tenants.list(facilityId, query);
    return { items: page.items.map(TenantDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({
    type: TenantDto,
    description: 'tenant users see only their own tenant; any other id is 404',
  })
  async get(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<TenantDto> {
    return TenantDto.from(await this.tenants.get(facilityId, id, ownTenantOf(actor)));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: TenantDto })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateTenantDto,
  ): Promise<TenantDto> {
    return TenantDto.from(await this.tenants.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS, Role.TenantAdmin)
  @ApiOkResponse({
    type: TenantDto,
    description: 'tenant admins may change only contacts, representative, address, industry, employees, website',
  })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateTenantDto,
  ): Promise<TenantDto> {
    return TenantDto.from(await this.tenants.update(facilityId, actor, id, dto));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({
    type: TenantDto,
    description: '409 with `allowed` next statuses on an illegal step',
  })
  async transition(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: TenantTransitionDto,
  ): Promise<TenantDto> {
    return TenantDto.from(await this.tenants.transition(facilityId, actor.userId, id, dto));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: TenantDto })
  async archive(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<TenantDto> {
    return TenantDto.from(await this.tenants.archive(facilityId, actor.userId, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.FacilityAdmin)
  @ApiNoContentResponse({
    description: '409 when the tenant has leases: archive it instead',
  })
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.tenants.remove(facilityId, actor.userId, id);
  }
}
