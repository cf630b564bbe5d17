import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, facilityOf } from '@tamago/identity';
import { SpaceService } from '@tamago/spaces';
import { CurrentActor, STAFF, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { CreateSpaceDto, SpaceDto, SpaceListQueryDto, SpacePageDto, UpdateSpaceDto } from './space.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager];

@ApiTags('spaces')
@ApiBearerAuth()
@Controller('spaces')
export class SpacesController {
  constructor(private readonly spaces: SpaceService) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: SpacePageDto })
  async list(@CurrentActor() actor: Actor, @Query() query: SpaceListQueryDto): Promise<SpacePageDto> {
    const page = await this.spaces.list(facilityOf(actor), query);
    return { items: page.items.map(SpaceDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: SpaceDto })
  async get(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<SpaceDto> {
    return SpaceDto.from(await this.spaces.get(facilityOf(actor), id));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: SpaceDto })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateSpaceDto): Promise<SpaceDto> {
    return SpaceDto.from(await this.spaces.create(facilityOf(actor), actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: SpaceDto })
  async update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateSpaceDto,
  ): Promise<SpaceDto> {
    return SpaceDto.from(await this.spaces.update(facilityOf(actor), actor.userId, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.FacilityAdmin)
  @ApiNoContentResponse({ description: '409 when the space has leases' })
  remove(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<void> {
    return this.spaces.remove(facilityOf(actor), actor.userId, id);
  }
}
