import { BullModule } from '@nestjs/bullmq';
import { DiscoveryModule } from '@nestjs/core';
import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@tamago/config';
import { FacilitiesModule } from '@tamago/facilities';
import { JobProducer } from './job-producer';
import { OutboxService } from './outbox.service';
import { QUEUES } from './queues';
import { REDIS, bullConnection, createRedis } from './redis';
import { ScheduleRegistry } from './schedules/schedule-registry';
import { ScheduleRunner } from './schedules/schedule-runner.service';
import { ScheduleSettingsService } from './schedules/schedule-settings.service';

/**
 * Redis and BullMQ wiring shared by the API (producers) and the worker (processors).
 * Every queue is registered here so producers in any context can inject it.
 */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    FacilitiesModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: bullConnection(config.REDIS_URL),
        prefix: config.REDIS_PREFIX,
      }),
    }),
    BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
  ],
  providers: [
    { provide: REDIS, inject: [AppConfig], useFactory: (c: AppConfig) => createRedis(c.REDIS_URL) },
    JobProducer,
    OutboxService,
    ScheduleRegistry,
    ScheduleSettingsService,
    ScheduleRunner,
  ],
  exports: [BullModule, REDIS, JobProducer, OutboxService, ScheduleRegistry, ScheduleSettingsService, ScheduleRunner],
})
export class JobsModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
