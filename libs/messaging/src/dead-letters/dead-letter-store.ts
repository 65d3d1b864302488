import { randomUUID } from 'node:crypto';
import { type Kafka, type KafkaMessage } from 'kafkajs';
import { headerStrings } from '../envelope/kafka-binary-mode';
import { deadLetterTopic } from '@infuse/contracts';
import { DLQ_HEADERS, withoutDeadLetterHeaders } from './dead-letter-headers';

const READ_TIMEOUT_MS = 60_000;

export interface DeadLetter {
  eventId: string | undefined;
  type: string | undefined;
  error: string;
  errorType: string;
  attempts: number;
  failedAt: string;
  consumerGroup: string;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  /** Where the dead letter itself sits in the dead-letter topic. */
  offset: string;
  message: Pick<KafkaMessage, 'key' | 'value' | 'headers'>;
}

/**
 * Reads every dead letter of a topic (its `.dlq`) as it stands now, with a throwaway consumer
 * group so that reading commits nothing anyone else depends on.
 */
export async function listDeadLetters(kafka: Kafka, topic: string): Promise<DeadLetter[]> {
  const dlq = deadLetterTopic(topic);
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `dlq-reader-${randomUUID()}`;
  try {
    if (!(await admin.listTopics()).includes(dlq)) return [];
    const ends = await admin.fetchTopicOffsets(dlq);
    const remaining = new Map(
      ends.filter((end) => end.high !== end.low).map((end) => [end.partition, BigInt(end.high)]),
    );
    if (remaining.size === 0) return [];
    const letters: DeadLetter[] = [];
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [dlq], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        // A crashed reader would otherwise leave the command waiting for ever.
        consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
        setTimeout(
          () => reject(new Error(`could not read ${dlq} to its end within ${READ_TIMEOUT_MS} ms`)),
          READ_TIMEOUT_MS,
        ).unref();
        consumer
          .run({
            eachMessage: async ({ partition, message }) => {
              letters.push(readDeadLetter(message));
              if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n))
                remaining.delete(partition);
              if (remaining.size === 0) resolve();
              return Promise.resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return letters.sort((a, b) => a.failedAt.localeCompare(b.failedAt));
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

/** Sends dead letters back to their original topic as they first arrived. */
export async function replayDeadLetters(
  kafka: Kafka,
  letters: readonly DeadLetter[],
): Promise<number> {
  if (letters.length === 0) return 0;
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (const letter of letters) {
      await producer.send({
        topic: letter.originalTopic,
        acks: -1,
        messages: [
          {
            key: letter.message.key,
            value: letter.message.value,
            headers: withoutDeadLetterHeaders(letter.message.headers),
          },
        ],
      });
    }
    return letters.length;
  } finally {
    await producer.disconnect();
  }
}

function readDeadLetter(message: KafkaMessage): DeadLetter {
  const headers = headerStrings(message.headers);
  return {
    eventId: headers['ce_id'],
    type: headers['ce_type'],
    error: headers[DLQ_HEADERS.error] ?? '',
    errorType: headers[DLQ_HEADERS.errorType] ?? '',
    attempts: Number(headers[DLQ_HEADERS.attempts] ?? 0),
    failedAt: headers[DLQ_HEADERS.failedAt] ?? '',
    consumerGroup: headers[DLQ_HEADERS.consumerGroup] ?? '',
    originalTopic: headers[DLQ_HEADERS.originalTopic] ?? '',
    originalPartition: Number(headers[DLQ_HEADERS.originalPartition] ?? -1),
    originalOffset: headers[DLQ_HEADERS.originalOffset] ?? '',
    offset: message.offset,
    message: { key: message.key, value: message.value, headers: message.headers },
  };
}
