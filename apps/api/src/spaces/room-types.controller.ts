import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { SpaceService } from '@tamago/spaces';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { CreateRoomTypeDto, RoomTypeDto, UpdateRoomTypeDto } from './space.dto';
import { InMemoryPage } from '../common/in-memory-page';

export class RoomTypeListDto {
  items!: RoomTypeDto[];
  total!: number;
}

@ApiTags('spaces')
@ApiBearerAuth()
@Controller('room-types')
export class RoomTypesController {
  constructor(private readonly spaces: SpaceService) {}

  @Get()
  @InMemoryPage()
  @Roles(...STAFF)
  @ApiOkResponse({ type: RoomTypeListDto })
  async list(@FacilityId() facilityId: string): Promise<RoomTypeListDto> {
    const items = (await this.spaces.listTypes(facilityId)).map(RoomTypeDto.from);
    return { items, total: items.length };
  }

  @Post()
  @Roles(Role.FacilityAdmin)
  @ApiCreatedResponse({ type: RoomTypeDto })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateRoomTypeDto,
  ): Promise<RoomTypeDto> {
    return RoomTypeDto.from(await this.spaces.createType(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(Role.FacilityAdmin)
  @ApiOkResponse({ type: RoomTypeDto })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateRoomTypeDto,
  ): Promise<RoomTypeDto> {
    return RoomTypeDto.from(await this.spaces.updateType(facilityId, actor.userId, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.FacilityAdmin)
  @ApiNoContentResponse({ description: '409 while spaces use the type' })
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.spaces.removeType(facilityId, actor.userId, id);
  }
}
