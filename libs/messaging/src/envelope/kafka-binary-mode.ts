import { type IHeaders, type KafkaMessage, type Message } from 'kafkajs';
import { type EventEnvelope } from './event-envelope';

/** Thrown when a Kafka message is not a CloudEvent in binary mode with a JSON body. */
export class MalformedEnvelopeError extends Error {
  constructor(reason: string) {
    super(`not a CloudEvent: ${reason}`);
    this.name = 'MalformedEnvelopeError';
  }
}

const REQUIRED = [
  'ce_id',
  'ce_type',
  'ce_source',
  'ce_specversion',
  'ce_time',
  'ce_subject',
  'ce_correlationid',
] as const;

/** CloudEvents Kafka protocol binding, binary content mode; key = subject (the patient id). */
export function toKafkaMessage(envelope: EventEnvelope): Message {
  const headers: Record<string, string> = {
    ce_specversion: '1.0',
    ce_id: envelope.id,
    ce_type: envelope.type,
    ce_source: envelope.source,
    ce_subject: envelope.subject,
    ce_time: envelope.time,
    'content-type': 'application/json',
    ce_correlationid: envelope.correlationId,
  };
  if (envelope.causationId) headers['ce_causationid'] = envelope.causationId;
  if (envelope.traceparent) headers['ce_traceparent'] = envelope.traceparent;
  if (envelope.actor) {
    headers['ce_actor'] = envelope.actor.subject;
    headers['ce_actorrole'] = envelope.actor.role;
  }
  return { key: envelope.subject, value: JSON.stringify(envelope.data), headers };
}

export function fromKafkaMessage(message: Pick<KafkaMessage, 'headers' | 'value'>): EventEnvelope {
  const headers = headerStrings(message.headers);
  const required = (name: (typeof REQUIRED)[number]): string => {
    const value = headers[name];
    if (!value) throw new MalformedEnvelopeError(`missing ${name}`);
    return value;
  };
  const attributes = Object.fromEntries(REQUIRED.map((name) => [name, required(name)])) as Record<
    (typeof REQUIRED)[number],
    string
  >;
  if (attributes.ce_specversion !== '1.0')
    throw new MalformedEnvelopeError(`specversion ${attributes.ce_specversion}`);
  if (!headers['content-type']?.startsWith('application/json'))
    throw new MalformedEnvelopeError('content-type is not JSON');
  let data: unknown;
  try {
    data = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    throw new MalformedEnvelopeError('body is not JSON');
  }
  return {
    id: attributes.ce_id,
    type: attributes.ce_type,
    source: attributes.ce_source,
    subject: attributes.ce_subject,
    time: attributes.ce_time,
    data,
    correlationId: attributes.ce_correlationid,
    ...(headers['ce_causationid'] ? { causationId: headers['ce_causationid'] } : {}),
    ...(headers['ce_traceparent'] ? { traceparent: headers['ce_traceparent'] } : {}),
    ...(headers['ce_actor'] && headers['ce_actorrole']
      ? { actor: { subject: headers['ce_actor'], role: headers['ce_actorrole'] } }
      : {}),
  };
}

export function headerStrings(headers: IHeaders | undefined): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) strings[name] = first.toString();
  }
  return strings;
}
