import { randomUUID } from 'node:crypto';
import { ReferralDocumentsRequested, ReferralReceived, systemActor } from '@infuse/contracts';
import { type Producer } from 'kafkajs';
import { Registry } from 'prom-client';
import { kafkaConfig, loadConfig } from '@infuse/config';
import { runDeadLetterCommand } from '../src/dead-letters/dead-letter-command';
import { listDeadLetters } from '../src/dead-letters/dead-letter-store';
import { toKafkaMessage } from '../src/envelope/kafka-binary-mode';
import { OutboxMetrics } from '../src/outbox/outbox-metrics';
import { OutboxRelay } from '../src/outbox/outbox-relay';
import { publishEvent } from '../src/outbox/event-publisher';
import { type EventContext } from '../src/transport/event-context';
import { KafkaEventServer } from '../src/transport/kafka-event-server';
import { HARNESS_RETRIES, harnessConsumerOptions } from './harness/harness-consumer';
import { Scenario } from './harness/scenario';
import {
  appliedOrderByPatient,
  countRows,
  eventually,
  HARNESS_ACTOR,
  outboxOrderByPatient,
  percentile,
  receivedEvent,
  writeEvents,
} from './harness/workload';

// Each scenario prints its figures; they are part of what these tests show.
const figures = (scenario: string, values: Record<string, string | number>) =>
  console.log(
    `[${scenario}] ${Object.entries(values)
      .map(([name, value]) => `${name}=${value}`)
      .join(' ')}`,
  );

async function distinctApplied(scenario: Scenario): Promise<number> {
  const [row] = await scenario.consumer.query<{ count: string }[]>(
    `SELECT count(DISTINCT event_id) FROM applied_event`,
  );
  return Number(row?.count);
}

function inProcessRelay(scenario: Scenario, producer: Producer) {
  return new OutboxRelay({
    dataSource: scenario.producer,
    databaseUrl: (scenario.producer.options as { url: string }).url,
    schema: scenario.producerSchema,
    producer,
    metrics: new OutboxMetrics(new Registry()),
    batchSize: 200,
    pollIntervalMs: 200,
    log: () => undefined,
  });
}

describe('delivery guarantees (real PostgreSQL and Kafka)', () => {
  it('delivers 2,000 events from concurrent transactions to another process exactly once, in order per patient', async () => {
    const scenario = await new Scenario().setUp();
    const consumer = await scenario.startConsumerProcess();
    const relay = await scenario.startRelayProcess({ BATCH_SIZE: '200' });
    try {
      const started = Date.now();
      await writeEvents(scenario.producer, {
        count: 2000,
        writers: 16,
        patients: 50,
        topicPrefix: scenario.topicPrefix,
      });
      await eventually(
        async () => (await countRows(scenario.consumer, 'applied_event')) >= 2000,
        120_000,
        '2,000 applied events',
      );
      const seconds = (Date.now() - started) / 1000;

      expect(await countRows(scenario.consumer, 'applied_event')).toBe(2000);
      expect(await distinctApplied(scenario)).toBe(2000);
      expect(await appliedOrderByPatient(scenario.consumer)).toEqual(
        await outboxOrderByPatient(scenario.producer),
      );

      const latencies = (
        await scenario.consumer.query<{ ms: string }[]>(
          `SELECT extract(epoch FROM applied_at - event_time) * 1000 AS ms FROM applied_event`,
        )
      )
        .map((row) => Number(row.ms))
        .sort((a, b) => a - b);
      figures('2000 events', {
        events: 2000,
        seconds: seconds.toFixed(2),
        eventsPerSecond: Math.round(2000 / seconds),
        p50Ms: percentile(latencies, 0.5).toFixed(1),
        p99Ms: percentile(latencies, 0.99).toFixed(1),
      });
    } finally {
      await relay.stop();
      await consumer.stop();
      await scenario.tearDown();
    }
  }, 180_000);

  it('applies every event exactly once when the relay is killed between sending and marking published', async () => {
    const scenario = await new Scenario().setUp();
    await writeEvents(scenario.producer, {
      count: 600,
      writers: 4,
      patients: 20,
      topicPrefix: scenario.topicPrefix,
    });
    const consumer = await scenario.startConsumerProcess();
    try {
      const doomed = await scenario.startRelayProcess({
        BATCH_SIZE: '100',
        KILL_AFTER_BATCHES: '3',
      });
      await doomed.exited;
      const [unpublished] = await scenario.producer.query<{ count: string }[]>(
        `SELECT count(*) FROM outbox WHERE published_at IS NULL`,
      );
      // Three batches reached Kafka, two were marked: the third will be sent again.
      expect(Number(unpublished?.count)).toBe(400);

      const relay = await scenario.startRelayProcess({ BATCH_SIZE: '100' });
      await eventually(
        async () => (await countRows(scenario.consumer, 'applied_event')) >= 600,
        60_000,
        '600 applied events',
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await relay.stop();

      const sent = await scenario.messagesOnTopic();
      expect(sent).toBe(700);
      expect(await countRows(scenario.consumer, 'applied_event')).toBe(600);
      expect(await distinctApplied(scenario)).toBe(600);
      figures('relay SIGKILL', {
        events: 600,
        messagesOnTopic: sent,
        resentByRestart: sent - 600,
        applied: 600,
      });
    } finally {
      await consumer.stop();
      await scenario.tearDown();
    }
  }, 120_000);

  it('loses nothing and applies nothing twice when the consumer is killed mid-batch', async () => {
    const scenario = await new Scenario().setUp();
    const producer = scenario.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const relay = inProcessRelay(scenario, producer);
    relay.start();
    try {
      await writeEvents(scenario.producer, {
        count: 1000,
        writers: 4,
        patients: 30,
        topicPrefix: scenario.topicPrefix,
      });
      const first = await scenario.startConsumerProcess({ HANDLER_DELAY_MS: '3' });
      await eventually(
        async () => (await countRows(scenario.consumer, 'applied_event')) >= 300,
        60_000,
        '300 applied events',
      );
      await first.kill();
      const appliedAtKill = await countRows(scenario.consumer, 'applied_event');

      const second = await scenario.startConsumerProcess();
      await eventually(
        async () => (await countRows(scenario.consumer, 'applied_event')) >= 1000,
        60_000,
        '1,000 applied events',
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await second.stop();

      expect(await countRows(scenario.consumer, 'applied_event')).toBe(1000);
      expect(await distinctApplied(scenario)).toBe(1000);
      figures('consumer SIGKILL', {
        events: 1000,
        appliedBeforeKill: appliedAtKill,
        appliedAfterRestart: 1000 - appliedAtKill,
      });
    } finally {
      await relay.stop();
      await producer.disconnect();
      await scenario.tearDown();
    }
  }, 120_000);

  it('publishes nothing for a rolled-back transaction', async () => {
    const scenario = await new Scenario().setUp();
    const producer = scenario.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      await expect(
        scenario.producer.transaction(async (manager) => {
          await publishEvent(
            manager,
            ReferralReceived,
            receivedEvent(randomUUID()),
            { correlationId: 'rolled-back', actor: HARNESS_ACTOR },
            scenario.topicPrefix,
          );
          throw new Error('the state change failed');
        }),
      ).rejects.toThrow('the state change failed');

      expect(await countRows(scenario.producer, 'outbox')).toBe(0);
      expect(await inProcessRelay(scenario, producer).publishBatch()).toBe(0);
      expect(await scenario.messagesOnTopic()).toBe(0);
      figures('rollback', { outboxRows: 0, messagesOnTopic: 0 });
    } finally {
      await producer.disconnect();
      await scenario.tearDown();
    }
  }, 60_000);

  describe('with a consumer in this process', () => {
    let scenario: Scenario;
    let server: KafkaEventServer;
    let producer: Producer;
    let poisonFixed = false;
    const { maxAttempts, retryBaseMs } = HARNESS_RETRIES;

    beforeAll(async () => {
      scenario = await new Scenario().setUp();
      producer = scenario.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      server = new KafkaEventServer(
        harnessConsumerOptions({
          kafka: scenario.kafka,
          dataSource: scenario.consumer,
          groupId: scenario.group,
          topicPrefix: scenario.topicPrefix,
        }),
      );
      server.addHandler(
        ReferralReceived.type,
        async (data: { submittedBy: string }, context: EventContext) => {
          if (data.submittedBy === 'poison' && !poisonFixed)
            throw new Error('the handler cannot apply this event');
          if (data.submittedBy === 'chain') {
            // A handler's own event: caused by the one it handles, in the same trace.
            await publishEvent(
              context.manager,
              ReferralDocumentsRequested,
              {
                referralId: randomUUID(),
                patientId: context.envelope.subject,
                missing: ['lab:IgG'],
                requestedAt: new Date().toISOString(),
              },
              {
                correlationId: context.envelope.correlationId,
                causedBy: context.envelope,
                actor: systemActor('prior-auth'),
              },
              scenario.topicPrefix,
            );
          }
          await context.manager.query(
            `INSERT INTO applied_event (event_id, subject, event_time) VALUES ($1, $2, $3)`,
            [context.envelope.id, context.envelope.subject, context.envelope.time],
          );
        },
        true,
      );
      await server.start();
    }, 60_000);

    afterAll(async () => {
      await server.close();
      await producer.disconnect();
      await scenario.tearDown();
    });

    function envelopeFor(data: ReturnType<typeof receivedEvent>) {
      return {
        id: randomUUID(),
        type: ReferralReceived.type,
        source: ReferralReceived.source,
        subject: data.patientId,
        time: new Date().toISOString(),
        data,
        correlationId: data.referralId,
      };
    }

    it('dead-letters a poison event within the retry budget while the events behind it flow, and replays it', async () => {
      const patientId = randomUUID();
      const poison = envelopeFor({ ...receivedEvent(patientId), submittedBy: 'poison' });
      const behind = Array.from({ length: 50 }, () => envelopeFor(receivedEvent(patientId)));
      const schemaBreaking = {
        key: patientId,
        value: '{"not": "a referral"}',
        headers: { ...toKafkaMessage(poison).headers, ce_id: randomUUID() },
      };
      const started = Date.now();
      await producer.send({
        topic: scenario.topic,
        acks: -1,
        messages: [toKafkaMessage(poison), schemaBreaking, ...behind.map(toKafkaMessage)],
      });

      await eventually(
        async () => (await countRows(scenario.consumer, 'applied_event')) >= 50,
        30_000,
        'the events behind the poison',
      );
      const flowedAfterMs = Date.now() - started;
      const letters = await listDeadLetters(scenario.kafka, scenario.topic);
      expect(letters.map((letter) => [letter.eventId, letter.attempts, letter.errorType])).toEqual([
        [poison.id, maxAttempts, 'Error'],
        [schemaBreaking.headers.ce_id, 0, 'EventSchemaViolation'],
      ]);
      expect(letters[0]?.error).toBe('the handler cannot apply this event');
      // Within the retry budget: dead-lettered after exactly maxAttempts tries (asserted above by
      // the attempts header). The time it took is a figure, not an assertion.
      const deadLetteredAfterMs = Date.parse(letters[0]!.failedAt) - started;
      // The most the backoff between the tries can add up to: base × 2^(try - 1) for tries 2..max.
      const budgetMs = retryBaseMs * (2 ** maxAttempts - 2);

      const listed: string[] = [];
      const kafkaSettings = loadConfig([kafkaConfig], {
        ...process.env,
        KAFKA_TOPIC_PREFIX: scenario.topicPrefix,
      }).kafka;
      expect(
        await runDeadLetterCommand(['list', 'referrals.referral.v1'], kafkaSettings, (line) =>
          listed.push(line),
        ),
      ).toBe(0);
      expect(listed[0]).toBe(`2 dead letter(s) in ${scenario.topic}.dlq`);
      expect(listed[1]).toContain(poison.id);

      poisonFixed = true;
      const replayOutput: string[] = [];
      expect(
        await runDeadLetterCommand(
          ['replay', 'referrals.referral.v1', '--id', poison.id],
          kafkaSettings,
          (line) => replayOutput.push(line),
        ),
      ).toBe(0);
      expect(replayOutput).toEqual([`replayed 1 event(s) to ${scenario.topic}`]);
      await eventually(
        async () => (await countRows(scenario.consumer, 'applied_event')) >= 51,
        30_000,
        'the replayed event',
      );
      const [replayed] = await scenario.consumer.query<{ count: string }[]>(
        `SELECT count(*) FROM applied_event WHERE event_id = $1`,
        [poison.id],
      );
      expect(Number(replayed?.count)).toBe(1);
      figures('poison', {
        deadLetteredAfterMs,
        backoffBudgetMs: budgetMs,
        followingEventsAppliedAfterMs: flowedAfterMs,
        replayed: 1,
      });
    }, 60_000);

    it('carries correlation, causation and trace from a handled event to the event its handler publishes', async () => {
      const traceId = '0af7651916cd43dd8448eb211c80319c';
      const cause = {
        ...envelopeFor({ ...receivedEvent(randomUUID()), submittedBy: 'chain' }),
        traceparent: `00-${traceId}-b7ad6b7169203331-01`,
      };
      await producer.send({ topic: scenario.topic, acks: -1, messages: [toKafkaMessage(cause)] });
      await eventually(
        async () =>
          (
            await scenario.consumer.query<unknown[]>(
              `SELECT 1 FROM outbox WHERE causation_id = $1`,
              [cause.id],
            )
          ).length === 1,
        30_000,
        'the follow-on event',
      );
      const [followOn] = await scenario.consumer.query<
        { correlation_id: string; traceparent: string; subject: string }[]
      >(`SELECT correlation_id, traceparent, subject FROM outbox WHERE causation_id = $1`, [
        cause.id,
      ]);
      expect(followOn).toEqual({
        correlation_id: cause.correlationId,
        subject: cause.subject,
        traceparent: expect.stringMatching(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`)),
      });
      expect(followOn!.traceparent).not.toBe(cause.traceparent);
    }, 60_000);

    it('applies the same event delivered twice once', async () => {
      const before = await countRows(scenario.consumer, 'applied_event');
      const event = envelopeFor(receivedEvent(randomUUID()));
      await producer.send({ topic: scenario.topic, acks: -1, messages: [toKafkaMessage(event)] });
      await producer.send({ topic: scenario.topic, acks: -1, messages: [toKafkaMessage(event)] });
      const marker = envelopeFor(receivedEvent(event.subject));
      await producer.send({ topic: scenario.topic, acks: -1, messages: [toKafkaMessage(marker)] });

      // The marker comes after both copies on the same partition: once it is applied, both were seen.
      await eventually(
        async () => (await countRows(scenario.consumer, 'applied_event')) >= before + 2,
        30_000,
        'the marker event',
      );
      const [applied] = await scenario.consumer.query<{ count: string }[]>(
        `SELECT count(*) FROM applied_event WHERE event_id = $1`,
        [event.id],
      );
      const [inbox] = await scenario.consumer.query<{ count: string }[]>(
        `SELECT count(*) FROM inbox WHERE event_id = $1`,
        [event.id],
      );
      expect(Number(applied?.count)).toBe(1);
      expect(Number(inbox?.count)).toBe(1);
      figures('duplicate', { deliveries: 2, applied: 1 });
    }, 60_000);
  });
});
