import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import { contractFor, deadLetterTopic, TOPICS, type TopicName } from '@infuse/contracts';
import { runInTrace, traceFrom } from '@infuse/observability';
import {
  type Consumer,
  type EachBatchPayload,
  type Kafka,
  type KafkaMessage,
  type Producer,
} from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { lastValueFrom } from 'rxjs';
import { type DataSource, type EntityManager } from 'typeorm';
import { deadLetterHeaders } from '../dead-letters/dead-letter-headers';
import { withTopicPrefix } from '../kafka/kafka-client';
import { recordInInbox, type DeliveryPosition } from '../inbox/record-in-inbox';
import { ensureTopics } from '../kafka/ensure-topics';
import { type ConsumerMetrics, type DeliveryOutcome } from './consumer-metrics';
import { EventContext } from './event-context';
import { type Delivery, prepareDelivery } from './prepare-delivery';
import { retryDelay, sleepWithHeartbeat } from './retry-backoff';
import { isTransientFailure } from './transient-failure';

export interface KafkaEventServerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  /** The consuming service's group, e.g. `prior-auth`; every instance of it shares the group. */
  groupId: string;
  topicPrefix: string;
  /** Tries of a failing handler before its event is dead-lettered. */
  maxAttempts: number;
  retryBaseMs: number;
  partitionsConsumedConcurrently: number;
  /** Most consecutive events of a partition applied in one transaction. */
  chunkSize: number;
  /** How long the group waits for a silent member (a crashed instance) before rebalancing. */
  sessionTimeoutMs: number;
  metrics: ConsumerMetrics;
  /**
   * How long boot waits for Kafka before the app serves anyway; consuming then starts when
   * Kafka answers (the same wait as the outbox relay's).
   */
  bootWaitMs: number;
  log: (level: 'info' | 'warn' | 'error', message: string) => void;
}

// Between tries to reach an unreachable broker: doubling from half a second up to this.
const MAX_START_RETRY_MS = 30_000;

type ApplicableDelivery = Extract<Delivery, { kind: 'apply' }>;

/** What a delivery needs of the batch it belongs to. */
interface BatchControl {
  heartbeat: () => Promise<void>;
  isRunning: () => boolean;
}

/**
 * A Nest transport that feeds Kafka events to `@EventPattern('<CloudEvents type>')` handlers.
 * Each event is applied in one transaction that first records it in the inbox (a redelivery is
 * skipped); its offset is committed only after that transaction commits. A failing handler is
 * retried with backoff, then dead-lettered; an event that breaks its schema is dead-lettered at
 * once. Either way the partition moves on.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;
  private producer?: Producer;
  private starting?: Promise<void>;
  private readonly closing = new AbortController();

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    let topics: TopicName[];
    try {
      // A handler of an unknown event type is a programming error: boot fails on it.
      topics = this.subscribedTopics();
    } catch (error) {
      callback(error);
      return;
    }
    if (topics.length === 0) return callback();
    this.starting = this.startWhenKafkaAnswers(topics);
    // Normally Kafka answers at once and the app comes up consuming. When it does not, the app
    // serves anyway (a referral can be taken while the broker is down), and consuming starts
    // when Kafka is back.
    await Promise.race([
      this.starting,
      sleep(this.options.bootWaitMs, undefined, { signal: this.closing.signal }).catch(
        () => undefined,
      ),
    ]);
    callback();
  }

  async close(): Promise<void> {
    this.closing.abort();
    await this.starting;
    await this.disconnect();
  }

  private async startWhenKafkaAnswers(topics: TopicName[]): Promise<void> {
    for (let attempt = 1; !this.closing.signal.aborted; attempt += 1) {
      try {
        await this.startConsuming(topics);
        return;
      } catch (error) {
        await this.disconnect();
        const delay = Math.min(MAX_START_RETRY_MS, 500 * 2 ** attempt);
        this.options.log(
          'warn',
          `Kafka not reachable to consume (${error instanceof Error ? error.name : typeof error}); retrying in ${delay} ms`,
        );
        await sleep(delay, undefined, { signal: this.closing.signal }).catch(() => undefined);
      }
    }
  }

  private async disconnect(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
    this.producer = undefined;
  }

  on(): void {
    // No transport events to subscribe to.
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  /** The topics this service consumes, derived from its handlers' event types. */
  subscribedTopics(): TopicName[] {
    const topics = new Set<TopicName>();
    for (const type of this.messageHandlers.keys()) {
      const contract = contractFor(type);
      if (!contract) throw new Error(`@EventPattern('${type}') names no event contract`);
      topics.add(contract.topic);
    }
    return [...topics];
  }

  /** Creates the topics, joins the consumer group and starts consuming, or fails. */
  async start(): Promise<void> {
    const topics = this.subscribedTopics();
    if (topics.length > 0) await this.startConsuming(topics);
  }

  private async startConsuming(topics: TopicName[]): Promise<void> {
    const { kafka, topicPrefix, groupId } = this.options;
    const prefixed = topics.map((topic) => withTopicPrefix(topicPrefix, topic));
    await ensureTopics(kafka, [
      ...topics.map((topic) => ({
        topic: withTopicPrefix(topicPrefix, topic),
        numPartitions: TOPICS[topic].partitions,
      })),
      ...prefixed.map((topic) => ({ topic: deadLetterTopic(topic), numPartitions: 1 })),
    ]);
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await this.producer.connect();
    this.consumer = kafka.consumer({
      groupId: withTopicPrefix(topicPrefix, groupId),
      sessionTimeout: this.options.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(this.options.sessionTimeoutMs / 10)),
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: prefixed, fromBeginning: true });
    await this.consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
  }

  // Consecutive events of a partition are applied together, in one transaction, so the commit
  // cost is shared; if any handler fails, the chunk is rolled back and its events are applied
  // one at a time, with retries and dead letters, as if they had come alone.
  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const control: BatchControl = {
      heartbeat: () => payload.heartbeat(),
      isRunning: () => payload.isRunning() && !payload.isStale(),
    };
    let chunk: ApplicableDelivery[] = [];
    // True when everything read so far is applied and resolved. A stale batch (the partition
    // moved to another member) or a stopping consumer applies nothing more: the unresolved
    // events are delivered again, and nothing after them may be resolved.
    const flush = async (): Promise<boolean> => {
      if (chunk.length === 0) return true;
      if (!control.isRunning()) return false;
      await this.applyChunk(chunk, control);
      // Only now, after the handlers' transaction committed, may these offsets be committed.
      payload.resolveOffset(chunk[chunk.length - 1]!.position.offset);
      chunk = [];
      await control.heartbeat();
      return true;
    };
    for (const message of batch.messages) {
      if (!control.isRunning()) break;
      const position = { topic: batch.topic, partition: batch.partition, offset: message.offset };
      const delivery = prepareDelivery(message, position, (type) => this.getHandlerByPattern(type));
      if (delivery.kind === 'apply') {
        chunk.push(delivery);
        if (chunk.length >= this.options.chunkSize && !(await flush())) break;
        continue;
      }
      if (!(await flush())) break;
      if (delivery.kind === 'ignore') this.options.metrics.recordDelivery(delivery.type, 'ignored');
      else
        await this.deadLetter(
          delivery.message,
          delivery.position,
          delivery.error,
          0,
          delivery.type,
        );
      payload.resolveOffset(message.offset);
    }
    await flush();
    await payload.commitOffsetsIfNecessary();
    this.options.metrics.recordLag(batch.topic, batch.partition, batch.offsetLag());
  }

  private async applyChunk(
    chunk: readonly ApplicableDelivery[],
    batch: BatchControl,
  ): Promise<void> {
    let outcomes: DeliveryOutcome[];
    try {
      outcomes = await this.options.dataSource.transaction(async (manager) => {
        const results: DeliveryOutcome[] = [];
        for (const delivery of chunk) {
          results.push(await this.runHandler(manager, delivery));
          await batch.heartbeat();
        }
        return results;
      });
    } catch (error) {
      // The error's name only: its message may quote event data.
      const name = error instanceof Error ? error.name : typeof error;
      this.options.log(
        'warn',
        `a chunk of ${chunk.length} event(s) failed (${name}); applying them one at a time`,
      );
      for (const delivery of chunk) await this.applyAlone(delivery, batch);
      return;
    }
    chunk.forEach((delivery, index) =>
      this.options.metrics.recordDelivery(delivery.envelope.type, outcomes[index]!),
    );
  }

  private async applyAlone(delivery: ApplicableDelivery, batch: BatchControl): Promise<void> {
    for (let attempt = 1; ;) {
      // Leave the event unapplied and unresolved: it is delivered again after the restart.
      if (!batch.isRunning()) throw new Error('the consumer is stopping');
      try {
        const outcome = await this.options.dataSource.transaction((manager) =>
          this.runHandler(manager, delivery),
        );
        return this.options.metrics.recordDelivery(delivery.envelope.type, outcome);
      } catch (error) {
        // An outage is waited out however long it lasts; only the handler's own failures count.
        if (!isTransientFailure(error)) attempt += 1;
        if (attempt > this.options.maxAttempts) {
          return this.deadLetter(
            delivery.message,
            delivery.position,
            error,
            attempt - 1,
            delivery.envelope.type,
          );
        }
        await sleepWithHeartbeat(retryDelay(attempt, this.options.retryBaseMs), batch.heartbeat);
      }
    }
  }

  /** Records the event in the inbox and runs its handler, unless it was applied before. */
  private async runHandler(
    manager: EntityManager,
    { envelope, handler, position }: ApplicableDelivery,
  ): Promise<DeliveryOutcome> {
    if (!(await recordInInbox(manager, envelope, position))) return 'duplicate';
    await runInTrace(traceFrom(envelope.traceparent), async () => {
      const result: unknown = await handler(envelope.data, new EventContext([envelope, manager]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    });
    return 'applied';
  }

  private async deadLetter(
    message: KafkaMessage,
    position: DeliveryPosition,
    error: unknown,
    attempts: number,
    type: string,
  ): Promise<void> {
    const topic = deadLetterTopic(position.topic);
    await this.producer!.send({
      topic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: deadLetterHeaders(message.headers, {
            error,
            attempts,
            ...position,
            consumerGroup: withTopicPrefix(this.options.topicPrefix, this.options.groupId),
          }),
        },
      ],
    });
    this.options.metrics.recordDeadLetter(position.topic);
    this.options.metrics.recordDelivery(type, 'dead_lettered');
    // The error's name only: its message may quote event data.
    const name = error instanceof Error ? error.name : typeof error;
    this.options.log(
      'warn',
      `dead-lettered ${type} from ${position.topic}[${position.partition}]@${position.offset} after ${attempts} attempt(s): ${name}`,
    );
  }
}
