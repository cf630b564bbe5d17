import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '@tamago/core';
import { AuthService, Role } from '@tamago/identity';
import { ActorRequest, PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { ApiError } from '../errors';

/**
 * The one gate in front of every route. Fails closed: a route that declares neither roles
 * nor @Public() is refused, so forgetting the declaration can never open a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<ActorRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match)
      throw new DomainError(
        ErrorCode.Unauthenticated,
        ApiError.NotSignedIn,
        'Log in first: send the access token as "Authorization: Bearer <token>".',
      );
    const actor = await this.auth.authenticate(match[1]);
    request.actor = actor;
    if (!roles || roles.length === 0)
      throw new DomainError(ErrorCode.Forbidden, ApiError.RouteClosed, 'This route declares no roles and is closed.');
    if (!actor.roles.some((r) => roles.includes(r))) {
      throw new DomainError(ErrorCode.Forbidden, ApiError.RoleForbidden, 'Your role does not allow this action.');
    }
    return true;
  }
}
