import { CanActivate, ExecutionContext, Injectable, createParamDecorator } from '@nestjs/common';
import { ApiKeyService, DeviceIdentity } from '@tamago/metering';

interface DeviceRequest {
  headers: Record<string, string | string[] | undefined>;
  device?: DeviceIdentity;
}

/**
 * Authenticates devices by the facility's API key in `X-Api-Key` (routes marked @Public() for
 * user logins). Missing, unknown and revoked keys are all 401.
 */
@Injectable()
export class DeviceKeyGuard implements CanActivate {
  constructor(private readonly keys: ApiKeyService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<DeviceRequest>();
    const header = request.headers['x-api-key'];
    request.device = await this.keys.authenticate(typeof header === 'string' ? header.trim() : undefined);
    return true;
  }
}

/** The device identified by DeviceKeyGuard. */
export const CurrentDevice = createParamDecorator((_data: unknown, ctx: ExecutionContext): DeviceIdentity => {
  const device = ctx.switchToHttp().getRequest<DeviceRequest>().device;
  if (!device) throw new Error('CurrentDevice used on a route without DeviceKeyGuard');
  return device;
});
