import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { redisConfig, type RedisConfig } from '@infuse/config';
import Redis from 'ioredis';
import { type ReadinessCheck } from './readiness-check';

@Injectable()
export class RedisReadiness implements ReadinessCheck, OnModuleDestroy {
  readonly name = 'redis';
  private readonly client: Redis;

  constructor(@Inject(redisConfig.token) config: RedisConfig) {
    // Fail fast while Redis is down instead of queueing commands until it returns.
    this.client = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    this.client.on('error', () => undefined);
  }

  async check(): Promise<void> {
    if (this.client.status === 'wait' || this.client.status === 'end') await this.client.connect();
    await this.client.ping();
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
