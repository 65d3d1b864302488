import { z } from 'zod';
import { defineConfigSection, type SectionValue } from '../config-section';

export const redisConfig = defineConfigSection(
  'redis',
  z.object({
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    /** Prefix for every key and queue, so several deployments or test runs share one Redis. */
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('infuse'),
  }),
);

export type RedisConfig = SectionValue<typeof redisConfig>;
