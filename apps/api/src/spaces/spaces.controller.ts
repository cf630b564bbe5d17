import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, facilityOf } from '@tamago/identity';
import { OccupancyService } from '@tamago/leasing';
import { SpaceService } from '@tamago/spaces';
import { CurrentActor, STAFF, Roles } from '../common/auth.decorators';
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
  async list(@CurrentActor() actor: Actor, @Query() query: SpaceListQueryDto): Promise<SpacePageDto> {
    const { asOf, ...filters } = query;
    const let_ = await this.occupancy.spacesLetOn(facilityOf(actor), asOf);
    const page = await this.spaces.list(facilityOf(actor), { ...filters, letSpaceIds: let_.spaceIds });
    const letIds = new Set(let_.spaceIds);
    return { items: page.items.map((s) => SpaceDto.from(s, letIds)), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: SpaceDto })
  async get(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<SpaceDto> {
    const let_ = await this.occupancy.spacesLetOn(facilityOf(actor));
    return SpaceDto.from(await this.spaces.get(facilityOf(actor), id), new Set(let_.spaceIds));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: SpaceDto })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateSpaceDto): Promise<SpaceDto> {
    // A new room has no lease yet.
    return SpaceDto.from(await this.spaces.create(facilityOf(actor), actor.userId, dto), new Set());
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: SpaceDto })
  async update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateSpaceDto,
  ): Promise<SpaceDto> {
    const space = await this.spaces.update(facilityOf(actor), actor.userId, id, dto);
    const let_ = await this.occupancy.spacesLetOn(facilityOf(actor));
    return SpaceDto.from(space, new Set(let_.spaceIds));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.FacilityAdmin)
  @ApiNoContentResponse({ description: '409 when the space has leases' })
  remove(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<void> {
    return this.spaces.remove(facilityOf(actor), actor.userId, id);
  }
}
