import { defineConfigSection, type SectionValue } from '@infuse/config';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

/** Delivery tuning: how the relay batches and polls, how handlers are retried. */
export const messagingConfig = defineConfigSection(
  'messaging',
  z.object({
    OUTBOX_BATCH_SIZE: positiveInt.max(5000).default(500),
    OUTBOX_POLL_INTERVAL_MS: positiveInt.default(1000),
    /** How long a woken relay gathers commits before publishing; 0 publishes at once. */
    OUTBOX_LINGER_MS: z.coerce.number().int().min(0).max(1000).default(5),
    OUTBOX_RETENTION_HOURS: positiveInt.default(7 * 24),
    // Longer than any way an event can come back (Kafka retention, a dead-letter replay).
    INBOX_RETENTION_DAYS: positiveInt.default(90),
    /**
     * How long boot waits for Kafka before serving anyway: events wait in the outbox, and
     * consuming starts when Kafka answers.
     */
    OUTBOX_BOOT_WAIT_MS: positiveInt.default(15_000),
    CONSUMER_MAX_ATTEMPTS: positiveInt.max(20).default(5),
    CONSUMER_RETRY_BASE_MS: positiveInt.default(200),
    CONSUMER_PARTITIONS_CONCURRENTLY: positiveInt.max(32).default(3),
    CONSUMER_CHUNK_SIZE: positiveInt.max(1000).default(50),
    // The broker accepts 6-300 s by default (group.min/max.session.timeout.ms).
    CONSUMER_SESSION_TIMEOUT_MS: positiveInt.min(6000).max(300_000).default(30_000),
  }),
);

export type MessagingConfig = SectionValue<typeof messagingConfig>;
