// One relay of the bare baseline: consumes `from`, and for each message sends one of
// `valueBytes` bytes to `to`, keyed the same and stamped like a CloudEvent in binary mode
// (ce_time when it is handled, ce_causationid the message it answers). Plain kafkajs, with the
// services' delivery settings: an idempotent producer, acks from all replicas, 3 partitions
// consumed at once. Reports `{ listening }` over IPC once its consumer has joined its group.
import { randomUUID } from 'node:crypto';
import { benchKafka } from './kafka-admin.mjs';

const [from, to, valueBytes] = process.argv.slice(2);
const kafka = benchKafka(`relay-${to}`);
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
const consumer = kafka.consumer({ groupId: `${from}.relay` });
const value = Buffer.from(JSON.stringify({ pad: 'x'.repeat(Math.max(0, valueBytes - 10)) }));

async function main() {
  await producer.connect();
  await consumer.connect();
  const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
  await consumer.subscribe({ topics: [from], fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachMessage: async ({ message }) => {
      const time = new Date().toISOString();
      const headers = message.headers ?? {};
      await producer.send({
        topic: to,
        acks: -1,
        messages: [
          {
            key: message.key,
            value,
            headers: {
              ...headers,
              ce_id: randomUUID(),
              ce_type: `bench.relay.${to.split('.').at(-1)}`,
              ce_time: time,
              ce_causationid: headers.ce_id,
            },
          },
        ],
      });
    },
  });
  await joined;
  process.send?.({ listening: `relay ${from} → ${to}` });
}

async function stop() {
  await consumer.disconnect().catch(() => undefined);
  await producer.disconnect().catch(() => undefined);
  process.exit(0);
}

process.on('SIGTERM', () => void stop());
main().catch((error) => {
  console.error(`relay ${from} → ${to}: ${error.message}`);
  process.exit(1);
});
