import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { redisConfig, type RedisConfig } from '@infuse/config';
import { type QueueName } from '@infuse/contracts';

/**
 * BullMQ on the app's Redis: registers the named queues, so producers can `@InjectQueue(name)`,
 * and runs whatever `@Processor(name)` classes the app module lists. Redis only schedules: every
 * job is derived from a row in PostgreSQL.
 */
@Module({})
export class QueueModule {
  static forQueues(queues: readonly QueueName[]): DynamicModule {
    const registered = BullModule.registerQueue(...queues.map((name) => ({ name })));
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [redisConfig.token],
          useFactory: (config: RedisConfig) => ({
            // BullMQ workers block on Redis and must not give up on a command.
            connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
            prefix: config.REDIS_KEY_PREFIX,
          }),
        }),
        registered,
      ],
      exports: [registered],
    };
  }
}
