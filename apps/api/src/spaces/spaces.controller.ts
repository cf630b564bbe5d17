import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { OccupancyService } from '@tamago/leasing';
import { SpaceService } from '@tamago/spaces';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { CreateSpaceDto, SpaceDto, SpaceListQueryDto, SpacePageDto, UpdateSpaceDto } from './space.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager];

@ApiTags('spaces')
@ApiBearerAuth()
@Controller('spaces')
export class SpacesController {
  constructor(
    private readonly spaces: SpaceService,
    private readonly occupancy: OccupancyService,
  ) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: SpacePageDto })
  async list(@FacilityId() facilityId: string, @Query() query: SpaceListQueryDto): Promise<SpacePageDto> {
    const { asOf, ...filters } = query;
    const let_ = await this.occupancy.spacesLetOn(facilityId, asOf);
    const page = await this.spaces.list(facilityId, { ...filters, letSpaceIds: let_.spaceIds });
    const letIds = new Set(let_.spaceIds);
    return { items: page.items.map((s) => SpaceDto.from(s, letIds)), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: SpaceDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<SpaceDto> {
    const let_ = await this.occupancy.spacesLetOn(facilityId);
    return SpaceDto.from(await this.spaces.get(facilityId, id), new Set(let_.spaceIds));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: SpaceDto })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateSpaceDto,
  ): Promise<SpaceDto> {
    // A new room has no lease yet.
    return SpaceDto.from(await this.spaces.create(facilityId, actor.userId, dto), new Set());
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: SpaceDto })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateSpaceDto,
  ): Promise<SpaceDto> {
    const space = await this.spaces.update(facilityId, actor.userId, id, dto);
    const let_ = await this.occupancy.spacesLetOn(facilityId);
    return SpaceDto.from(space, new Set(let_.spaceIds));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.FacilityAdmin)
  @ApiNoContentResponse({ description: '409 when the space has leases' })
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.spaces.remove(facilityId, actor.userId, id);
  }
}
