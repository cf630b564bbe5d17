import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { Actor, AuthService, UsersService } from '@tamago/identity';
import { CurrentActor, FACILITY_MEMBERS, Public, Roles } from '../common/auth.decorators';
import { LoginDto, NewPasswordDto, PasswordResetRequestDto, RefreshDto, TokenPairDto } from './auth.dto';
import { Role } from '@tamago/identity';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() dto: LoginDto, @Req() req: FastifyRequest): Promise<TokenPairDto> {
    return this.auth.login(dto.email, dto.password, req.ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Roles(...FACILITY_MEMBERS, Role.PlatformOperator)
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(actor.sessionId);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  requestReset(@Body() dto: PasswordResetRequestDto): Promise<void> {
    return this.users.requestPasswordReset(dto.email);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  confirmReset(@Body() dto: NewPasswordDto): Promise<void> {
    return this.users.completeToken('password_reset', dto.token, dto.password);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(204)
  acceptInvitation(@Body() dto: NewPasswordDto): Promise<void> {
    return this.users.completeToken('invitation', dto.token, dto.password);
  }
}
