// Seeds the pharmacy under test the way production feeds it: each referral's acceptance and
// its payer's approval published to the service's topics, then waits for every first order.
import { randomUUID } from 'node:crypto';
import { requireBuilt } from '../../../infra/scripts/lib/build.mjs';
import { query } from '../../../infra/scripts/lib/postgres.mjs';

/** The contract fixture's patient, a referral and approval of their own for each order. */
function eventsFor(accepted, approved, startDate) {
  const referralId = randomUUID();
  const patientId = randomUUID();
  return [
    {
      contract: accepted,
      data: {
        ...accepted.example,
        referralId,
        patientId,
        acceptedAt: new Date().toISOString(),
        order: { ...accepted.example.order, startDate },
      },
    },
    {
      contract: approved,
      data: {
        ...approved.example,
        authorizationId: randomUUID(),
        referralId,
        patientId,
        periodStart: startDate,
        decidedAt: new Date().toISOString(),
      },
    },
  ];
}

export async function seedOrders({ count, topicPrefix, databaseUrl, schema, startDate }) {
  const { Kafka, logLevel } = requireBuilt('kafkajs');
  const { toKafkaMessage } = requireBuilt('@infuse/messaging');
  const { ReferralAccepted, AuthorizationApproved } = requireBuilt('@infuse/contracts');
  const kafka = new Kafka({
    clientId: 'pharmacy-bench',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.ERROR,
  });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const events = Array.from({ length: count }, () =>
      eventsFor(ReferralAccepted, AuthorizationApproved, startDate),
    ).flat();
    const byTopic = new Map();
    for (const { contract, data } of events) {
      const message = toKafkaMessage({
        id: randomUUID(),
        type: contract.type,
        source: contract.source,
        subject: data.patientId,
        time: new Date().toISOString(),
        data,
        correlationId: data.referralId,
        actor: { subject: 'system:bench', role: 'system' },
      });
      const topic = `${topicPrefix}${contract.topic}`;
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), message]);
    }
    for (const [topic, messages] of byTopic) await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { rows } = await query(
      databaseUrl,
      `SELECT id FROM "${schema}".dispense_order ORDER BY id`,
    );
    if (rows.length >= count) return rows.map((row) => row.id);
    if (Date.now() > deadline)
      throw new Error(`only ${rows.length} of ${count} orders were opened`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
