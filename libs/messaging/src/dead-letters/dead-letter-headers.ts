import { type IHeaders } from 'kafkajs';

/** Headers a dead letter carries on top of the original message's own. */
export const DLQ_HEADERS = {
  error: 'dlq_error',
  errorType: 'dlq_error_type',
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  attempts: 'dlq_attempts',
  failedAt: 'dlq_failed_at',
  consumerGroup: 'dlq_consumer_group',
} as const;

export interface DeadLetterCause {
  error: unknown;
  attempts: number;
  topic: string;
  partition: number;
  offset: string;
  consumerGroup: string;
}

const MAX_ERROR_LENGTH = 1000;

export function deadLetterHeaders(
  original: IHeaders | undefined,
  cause: DeadLetterCause,
): IHeaders {
  const error = cause.error instanceof Error ? cause.error : new Error(String(cause.error));
  return {
    ...withoutDeadLetterHeaders(original),
    [DLQ_HEADERS.error]: error.message.slice(0, MAX_ERROR_LENGTH),
    [DLQ_HEADERS.errorType]: error.name,
    [DLQ_HEADERS.originalTopic]: cause.topic,
    [DLQ_HEADERS.originalPartition]: String(cause.partition),
    [DLQ_HEADERS.originalOffset]: cause.offset,
    [DLQ_HEADERS.attempts]: String(cause.attempts),
    [DLQ_HEADERS.failedAt]: new Date().toISOString(),
    [DLQ_HEADERS.consumerGroup]: cause.consumerGroup,
  };
}

/** The original message's headers, as they were before it was dead-lettered. */
export function withoutDeadLetterHeaders(headers: IHeaders | undefined): IHeaders {
  const kept: IHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!name.startsWith('dlq_')) kept[name] = value;
  }
  return kept;
}
