import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@tamago/config';
import { Actor, AuthService, UsersService } from '@tamago/identity';
import { CurrentActor, FACILITY_MEMBERS, Public, Roles } from '../common/auth.decorators';
import {
  LoginDto,
  NewPasswordDto,
  PasswordResetRequestDto,
  RefreshDto,
  RefreshResponseDto,
  TokenPairDto,
} from './auth.dto';
import { UserDto } from '../users/user.dto';
import { Role } from '@tamago/identity';
import { clearRefreshCookie, refreshTokenOf, sendRefreshCookie, wantsCookie } from './refresh-cookie';

const COOKIE_HEADER = {
  name: 'X-Auth-Transport',
  required: false,
  description: '`cookie`: the refresh token goes in an HttpOnly cookie instead of the body (the web app)',
};

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiHeader(COOKIE_HEADER)
  async login(
    @Body() dto: LoginDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPairDto> {
    const pair = await this.auth.login(dto.email, dto.password, req.ip);
    return wantsCookie(req) ? sendRefreshCookie(reply, pair, this.config.REFRESH_TOKEN_TTL_DAYS) : pair;
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: RefreshResponseDto })
  @ApiHeader(COOKIE_HEADER)
  async refresh(
    @Body() dto: RefreshDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RefreshResponseDto> {
    const { pair, user } = await this.auth.refreshWithUser(refreshTokenOf(req, dto.refreshToken));
    const tokens = wantsCookie(req) ? sendRefreshCookie(reply, pair, this.config.REFRESH_TOKEN_TTL_DAYS) : pair;
    return { ...tokens, user: UserDto.from(user) };
  }

  @Roles(...FACILITY_MEMBERS, Role.PlatformOperator)
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(actor.sessionId);
    clearRefreshCookie(reply);
  }

  @Roles(...FACILITY_MEMBERS, Role.PlatformOperator)
  @ApiBearerAuth()
  @Post('logout-everywhere')
  @HttpCode(204)
  async logoutEverywhere(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logoutEverywhere(actor.userId);
    clearRefreshCookie(reply);
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
