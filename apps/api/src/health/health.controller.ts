import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { REDIS } from '@tamago/jobs';
import { Public } from '../common/auth.decorators';
import { lifecycle } from './draining';

/**
 * Liveness and readiness. The database must answer; Redis carries only background work (jobs, mail,
 * schedules), so when it is down the API keeps serving and `/health` reports background work as
 * unavailable instead of failing (it comes back by itself when Redis does). A process shutting down
 * answers 503 while it drains.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    if (lifecycle.draining) throw new ServiceUnavailableException('This API process is shutting down.');
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      async () => {
        const background = this.indicators.check('background');
        try {
          await Promise.race([
            this.redis.ping(),
            new Promise((_, reject) => setTimeout(() => reject(new Error('Redis did not answer in 1 s')), 1000)),
          ]);
          return background.up({ available: true });
        } catch (e) {
          return background.up({ available: false, message: `background work unavailable: ${(e as Error).message}` });
        }
      },
    ]);
  }
}
