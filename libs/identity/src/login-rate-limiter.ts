import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@tamago/config';
import { DomainError, ErrorCode } from '@tamago/core';
import { REDIS } from '@tamago/jobs';
import { IdentityError } from './errors';

/**
 * Fixed-window limit on login attempts per client address, kept in Redis so that every
 * API instance shares it.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Counts one attempt from `clientKey`; throws 429 once the minute's allowance is spent. */
  async hit(clientKey: string): Promise<void> {
    const window = Math.floor(Date.now() / 60_000);
    const key = `${this.config.REDIS_PREFIX}:ratelimit:login:${clientKey}:${window}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, 120).exec()) as [[unknown, number]];
    if (count > this.config.LOGIN_RATE_LIMIT_PER_MINUTE) {
      throw new DomainError(
        ErrorCode.TooManyRequests,
        IdentityError.TooManyLoginAttempts,
        'Too many login attempts. Wait a minute and try again.',
        {
          extra: { retryAfterSeconds: 60 - Math.floor((Date.now() / 1000) % 60) },
        },
      );
    }
  }
}
