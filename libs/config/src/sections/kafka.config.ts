import { z } from 'zod';
import { defineConfigSection, type SectionValue } from '../config-section';

const hostPort = /^[A-Za-z0-9.-]+:\d{1,5}$/;

export const kafkaConfig = defineConfigSection(
  'kafka',
  z.object({
    KAFKA_BROKERS: z
      .string()
      .default('127.0.0.1:9092')
      .transform((value) => value.split(',').map((broker) => broker.trim()))
      .pipe(z.array(z.string().regex(hostPort, 'expected host:port')).min(1)),
    /** Prefix for every topic and consumer group, so test runs do not see each other's events. */
    KAFKA_TOPIC_PREFIX: z
      .string()
      .regex(/^[a-z0-9.-]*$/)
      .default(''),
  }),
);

export type KafkaConfig = SectionValue<typeof kafkaConfig>;
