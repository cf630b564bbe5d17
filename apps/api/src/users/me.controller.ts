import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, UsersService } from '@tamago/identity';
import { ChangePasswordDto } from '../auth/auth.dto';
import { CurrentActor, FACILITY_MEMBERS, Roles } from '../common/auth.decorators';
import { UpdateMeDto, UserDto } from './user.dto';

@ApiTags('me')
@ApiBearerAuth()
@Roles(...FACILITY_MEMBERS, Role.PlatformOperator)
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentActor() actor: Actor): Promise<UserDto> {
    return UserDto.from(await this.users.me(actor));
  }

  @Patch()
  @ApiOkResponse({ type: UserDto })
  async update(@CurrentActor() actor: Actor, @Body() dto: UpdateMeDto): Promise<UserDto> {
    return UserDto.from(await this.users.setMyLocale(actor, dto.locale));
  }

  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.users.changePassword(actor, dto.currentPassword, dto.newPassword);
  }
}
