import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, UserDirectoryService, UsersService } from '@tamago/identity';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import {
  InviteUserDto,
  StaffDirectoryQueryDto,
  StaffNamePageDto,
  UpdateUserDto,
  UserDto,
  UserListQueryDto,
  UserPageDto,
} from './user.dto';

@ApiTags('users')
@ApiBearerAuth()
@Roles(Role.FacilityAdmin)
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly directory: UserDirectoryService,
  ) {}

  /** Every staff member may name the facility's staff (e.g. a tenant's managerId), not read their accounts. */
  @Get('staff-directory')
  @Roles(...STAFF)
  @ApiOkResponse({ type: StaffNamePageDto })
  staffDirectory(@FacilityId() facilityId: string, @Query() query: StaffDirectoryQueryDto): Promise<StaffNamePageDto> {
    return this.directory.staffNames(facilityId, query);
  }

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: UserListQueryDto): Promise<UserPageDto> {
    const page = await this.users.list(facilityId, query);
    return { items: page.items.map(UserDto.from), total: page.total };
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<UserDto> {
    return UserDto.from(await this.users.get(facilityId, id));
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto, description: 'the user is created as invited and gets an invitation mail' })
  async invite(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: InviteUserDto,
  ): Promise<UserDto> {
    return UserDto.from(await this.users.invite(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateUserDto,
  ): Promise<UserDto> {
    return UserDto.from(await this.users.update(facilityId, actor, id, dto));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  async deactivate(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<UserDto> {
    return UserDto.from(await this.users.deactivate(facilityId, actor, id));
  }
}
