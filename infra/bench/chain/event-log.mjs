// Reads every event of the given topics as it arrives and keeps, per event, what the hop
// figures need: its CloudEvents attributes, when it was appended to Kafka (the message's
// timestamp, set by the producer that sent it), when this reader got it, and its size.
import { benchKafka } from './kafka-admin.mjs';

const header = (headers, name) => headers?.[name]?.toString('utf8');

export class EventLog {
  #consumer;
  #byId = new Map();
  #byType = new Map();
  #byCorrelation = new Map();
  #listeners = [];

  /** Subscribes from the beginning of `topics` and resolves once it has joined its group. */
  static async start({ topics, groupId }) {
    const log = new EventLog();
    const consumer = benchKafka(groupId).consumer({ groupId, maxWaitTimeInMs: 100 });
    log.#consumer = consumer;
    await consumer.connect();
    const joined = new Promise((resolve) =>
      consumer.on(consumer.events.GROUP_JOIN, () => resolve()),
    );
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: 6,
      eachMessage: async ({ topic, message }) => log.#record(topic, message),
    });
    await joined;
    return log;
  }

  #record(topic, message) {
    const consumedAt = Date.now();
    const type = header(message.headers, 'ce_type');
    const id = header(message.headers, 'ce_id');
    if (!type || !id) return;
    const event = {
      topic,
      id,
      type,
      causationId: header(message.headers, 'ce_causationid'),
      correlationId: header(message.headers, 'ce_correlationid'),
      time: Date.parse(header(message.headers, 'ce_time')),
      appendedAt: Number(message.timestamp),
      consumedAt,
      bytes: messageBytes(message),
      value: message.value,
    };
    // A redelivery (a consumer restart) is the same event: keep the first sighting.
    if (this.#byId.has(id)) return;
    this.#byId.set(id, event);
    if (!this.#byType.has(type)) this.#byType.set(type, []);
    this.#byType.get(type).push(event);
    if (!this.#byCorrelation.has(event.correlationId))
      this.#byCorrelation.set(event.correlationId, []);
    this.#byCorrelation.get(event.correlationId).push(event);
    for (const listener of this.#listeners) listener(event);
  }

  /** Calls `listener` with each new event from now on. */
  onEvent(listener) {
    this.#listeners.push(listener);
  }

  byId(id) {
    return this.#byId.get(id);
  }

  /** The events of one referral (or relayed message), in the order they were read. */
  ofCorrelation(correlationId) {
    return this.#byCorrelation.get(correlationId) ?? [];
  }

  ofType(type) {
    return this.#byType.get(type) ?? [];
  }

  /** How many events of each type arrived, to say where a chain stopped. */
  counts() {
    return Object.fromEntries([...this.#byType].map(([type, events]) => [type, events.length]));
  }

  async stop() {
    await this.#consumer?.disconnect();
  }
}

/** Key, value and headers, as the producer sent them. */
function messageBytes(message) {
  let bytes = (message.key?.length ?? 0) + (message.value?.length ?? 0);
  for (const [name, value] of Object.entries(message.headers ?? {}))
    bytes += Buffer.byteLength(name) + (value?.length ?? 0);
  return bytes;
}
