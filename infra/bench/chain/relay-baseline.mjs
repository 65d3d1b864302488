// The bare baseline: five topics of 6 partitions, four relay processes between them (plain
// kafkajs), messages of the chain's sizes keyed by a patient id, on the same broker. A phase
// sends `count` messages to the first topic and waits for all of them on the fifth.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startNodeProcess } from '../../scripts/lib/app-process.mjs';
import { EventLog } from './event-log.mjs';
import { benchKafka, createTopics } from './kafka-admin.mjs';
import { sendAll } from './pace.mjs';
import { causeOfType } from './stats.mjs';
import { hopFigures, throughput } from './trace.mjs';

const RELAY = fileURLToPath(new URL('./relay-process.mjs', import.meta.url));
const PARTITIONS = 6;
const typeOf = (stage) => `bench.relay.${stage}`;

/** `valueBytes[k]`: the size of the message on topic k+1 (the chain's event at that stage). */
export async function startRelayBaseline({ topicPrefix, valueBytes }) {
  const topics = valueBytes.map((_, index) => `${topicPrefix}relay.${index + 1}`);
  await createTopics(topics, PARTITIONS);
  const relays = topics.slice(1).map((to, index) =>
    startNodeProcess({
      name: `relay-${index + 1}`,
      args: [RELAY, topics[index], to, String(valueBytes[index + 1])],
      echo: false,
    }),
  );
  const stop = async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
  };
  let log;
  const producer = benchKafka('relay-source').producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  try {
    await Promise.all(relays.map((relay) => relay.address));
    log = await EventLog.start({ topics, groupId: `${topicPrefix}relay-reader` });
    await producer.connect();
  } catch (error) {
    await stop();
    await log?.stop();
    throw error;
  }
  const first = Buffer.from(JSON.stringify({ pad: 'x'.repeat(Math.max(0, valueBytes[0] - 10)) }));

  /** Sends `count` messages (at `rate` a second, or as fast as acknowledged) through the relays. */
  async function run({ count, rate, concurrency, timeoutMs }) {
    const phase = new Set();
    const startedAt = Date.now();
    await sendAll({ count, rate, concurrency }, async () => {
      const correlationId = randomUUID();
      phase.add(correlationId);
      const patient = randomUUID();
      await producer.send({
        topic: topics[0],
        acks: -1,
        messages: [
          {
            key: patient,
            value: first,
            headers: {
              ce_specversion: '1.0',
              ce_id: randomUUID(),
              ce_type: typeOf(1),
              ce_source: 'bench',
              ce_subject: patient,
              ce_time: new Date().toISOString(),
              'content-type': 'application/json',
              ce_correlationid: correlationId,
            },
          },
        ],
      });
    });
    const last = typeOf(topics.length);
    const deadline = Date.now() + timeoutMs;
    const arrived = () => log.ofType(last).filter((event) => phase.has(event.correlationId));
    while (arrived().length < count) {
      if (Date.now() > deadline)
        throw new Error(
          `relay: ${arrived().length} of ${count} messages through after ${timeoutMs} ms`,
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const chains = arrived().map((event) => {
      const chain = [event];
      for (let stage = topics.length - 1; stage >= 1; stage -= 1) {
        const { cause } = causeOfType(log, chain[0], typeOf(stage));
        if (!cause) throw new Error(`relay: no ${typeOf(stage)} behind ${chain[0].type}`);
        chain.unshift(cause);
      }
      return chain;
    });
    return {
      ...hopFigures(
        chains,
        topics.slice(1).map((_, index) => `relay ${index + 1}`),
      ),
      ...throughput(chains, startedAt),
      count: chains.length,
    };
  }

  let stopped;
  return {
    relays,
    run,
    /** Stops the relays and the baseline's clients; again, it does nothing more. */
    stop() {
      stopped ??= (async () => {
        await producer.disconnect().catch(() => undefined);
        await log.stop().catch(() => undefined);
        await stop();
      })();
      return stopped;
    },
  };
}
