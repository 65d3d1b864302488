import { type Kafka, type KafkaMessage } from 'kafkajs';
import { headerStrings } from '../envelope/kafka-binary-mode';
import { deadLetterTopic } from '@infuse/contracts';
import { readTopicsToEnd } from '../kafka/read-to-end';
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
  const letters: DeadLetter[] = [];
  await readTopicsToEnd(
    kafka,
    [deadLetterTopic(topic)],
    (message) => letters.push(readDeadLetter(message)),
    {
      purpose: 'dlq-reader',
      timeoutMs: READ_TIMEOUT_MS,
    },
  );
  return letters.sort((a, b) => a.failedAt.localeCompare(b.failedAt));
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
