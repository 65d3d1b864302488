import { type EventEnvelope } from './event-envelope';
import { fromKafkaMessage, MalformedEnvelopeError, toKafkaMessage } from './kafka-binary-mode';

const envelope: EventEnvelope = {
  id: '6c1f3a9e-52d4-4b8e-9a51-1d0f3f1b7c11',
  type: 'org.infuse.referral.accepted.v1',
  source: '/infuse/referrals',
  subject: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
  time: '2026-11-26T14:03:00.000Z',
  data: { referralId: 'r-1', offLabel: false },
  correlationId: 'r-1',
  causationId: 'e-0',
  traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
};

function asReceived(message: ReturnType<typeof toKafkaMessage>) {
  const headers = Object.fromEntries(
    Object.entries(message.headers ?? {}).map(([name, value]) => [
      name,
      Buffer.from(String(value)),
    ]),
  );
  return { headers, value: Buffer.from(String(message.value)) };
}

describe('CloudEvents Kafka binary mode', () => {
  it('carries every attribute as a ce_ header, keyed by the patient', () => {
    const message = toKafkaMessage(envelope);
    expect(message.key).toBe(envelope.subject);
    expect(message.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: envelope.id,
      ce_type: envelope.type,
      ce_source: envelope.source,
      ce_subject: envelope.subject,
      ce_time: envelope.time,
      'content-type': 'application/json',
      ce_correlationid: 'r-1',
      ce_causationid: 'e-0',
      ce_traceparent: envelope.traceparent,
    });
    expect(JSON.parse(String(message.value))).toEqual(envelope.data);
  });

  it('reads back what it wrote', () => {
    expect(fromKafkaMessage(asReceived(toKafkaMessage(envelope)))).toEqual(envelope);
  });

  it.each([
    ['a missing ce_type', (m: ReturnType<typeof asReceived>) => delete m.headers['ce_type']],
    [
      'another spec version',
      (m: ReturnType<typeof asReceived>) => (m.headers['ce_specversion'] = Buffer.from('0.3')),
    ],
    [
      'a body that is not JSON',
      (m: ReturnType<typeof asReceived>) => (m.value = Buffer.from('{oops')),
    ],
    [
      'no correlation id',
      (m: ReturnType<typeof asReceived>) => delete m.headers['ce_correlationid'],
    ],
  ])('rejects %s', (_case, spoil) => {
    const message = asReceived(toKafkaMessage(envelope));
    spoil(message);
    expect(() => fromKafkaMessage(message)).toThrow(MalformedEnvelopeError);
  });
});
