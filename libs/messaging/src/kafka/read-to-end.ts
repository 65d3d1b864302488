import { randomUUID } from 'node:crypto';
import { type Kafka, type KafkaMessage } from 'kafkajs';

export interface ReadToEndOptions {
  /** Gives up when the topics are not read to their end by then (a crashed reader, a lost broker). */
  timeoutMs?: number;
  /** Names the throwaway consumer group, e.g. `dlq-reader`. */
  purpose: string;
}

/**
 * Reads every message of `topics` from the beginning up to where each partition ended when the
 * read began, in partition order, with a throwaway consumer group that commits nothing anyone
 * else depends on and is deleted afterwards. Topics that do not exist are skipped.
 */
export async function readTopicsToEnd(
  kafka: Kafka,
  topics: readonly string[],
  onMessage: (message: KafkaMessage, topic: string, partition: number) => void,
  { timeoutMs = 60_000, purpose }: ReadToEndOptions,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${purpose}-${randomUUID()}`;
  try {
    const existing = new Set(await admin.listTopics());
    const remaining = new Map<string, bigint>();
    for (const topic of topics.filter((name) => existing.has(name)))
      for (const end of await admin.fetchTopicOffsets(topic))
        if (end.high !== end.low) remaining.set(`${topic}/${end.partition}`, BigInt(end.high));
    if (remaining.size === 0) return;
    const reading = [...new Set([...remaining.keys()].map((key) => key.split('/')[0]!))];
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: reading, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        // A crashed reader would otherwise leave the caller waiting for ever.
        consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
        setTimeout(
          () =>
            reject(new Error(`could not read ${reading.join(', ')} to the end in ${timeoutMs} ms`)),
          timeoutMs,
        ).unref();
        consumer
          .run({
            eachMessage: ({ topic, partition, message }) => {
              const key = `${topic}/${partition}`;
              const end = remaining.get(key);
              if (end === undefined) return Promise.resolve();
              onMessage(message, topic, partition);
              if (BigInt(message.offset) + 1n >= end) remaining.delete(key);
              if (remaining.size === 0) resolve();
              return Promise.resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
