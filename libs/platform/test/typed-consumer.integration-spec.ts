import { randomUUID } from 'node:crypto';
import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  deadLetterTopic,
  type EventData,
  ReferralAccepted,
  ReferralDocumentsRequested,
  systemActor,
} from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import {
  EventConsumer,
  EventContext,
  EventPublisher,
  type Invocation,
  OnEvent,
  publishContextOf,
  toKafkaMessage,
  withTopicPrefix,
  DLQ_HEADERS,
} from '@infuse/messaging';
import {
  dropSchema,
  deleteTopicsWithPrefix,
  queryTestDatabase,
  testEnvironment,
  testKafka,
  TopicReader,
  uniqueSuffix,
} from '@infuse/testing';
import { type Producer } from 'kafkajs';
import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { MESSAGING_MIGRATIONS } from '@infuse/messaging';
import { AuditWriter, CreateAuditLog1764115200000 } from '@infuse/auth';
import { CoreModule, createPlatformApp, defineService } from '../src';

// A service shaped like the template: a consumer maps an event to a use case, which writes in
// the consumer's inbox transaction and publishes a follow-on event.
const service = defineService({
  name: 'prior-auth',
  title: 'consumer test',
  portVariable: 'CONSUMER_TEST_PORT',
  defaultPort: 0,
  schema: 'consumer_test',
});
const actor = systemActor('prior-auth');

class CreateRequestedAuthorization1700000000000 implements MigrationInterface {
  name = 'CreateRequestedAuthorization1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE requested_authorization (referral_id uuid PRIMARY KEY, payer_id text NOT NULL, attempts_seen int NOT NULL)`,
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE requested_authorization`);
  }
}

/** Fails the first `failuresBefore[referralId]` tries, to show retries; `always` never succeeds. */
const failuresBefore = new Map<string, number | 'always'>();
const triesOf = new Map<string, number>();

@Injectable()
class RequestAuthorizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly publisher: EventPublisher,
    private readonly auditWriter: AuditWriter,
  ) {}

  async execute(accepted: EventData<typeof ReferralAccepted>, invocation: Invocation) {
    const tries = (triesOf.get(accepted.referralId) ?? 0) + 1;
    triesOf.set(accepted.referralId, tries);
    const failures = failuresBefore.get(accepted.referralId) ?? 0;
    if (failures === 'always' || tries <= failures) throw new Error('the payer directory is wrong');
    await this.unitOfWork.run(invocation.transaction, async (manager) => {
      await manager.query(
        `INSERT INTO requested_authorization (referral_id, payer_id, attempts_seen) VALUES ($1, $2, $3)`,
        [accepted.referralId, accepted.insurance.payerId, tries],
      );
      await this.auditWriter.recordChange(manager, invocation, {
        action: 'authorization.request',
        resourceType: 'referral',
        resourceId: accepted.referralId,
        patientId: accepted.patientId,
      });
      await this.publisher.publish(
        manager,
        ReferralDocumentsRequested,
        {
          referralId: accepted.referralId,
          patientId: accepted.patientId,
          missing: ['document:nerve_study'],
          requestedAt: new Date().toISOString(),
        },
        publishContextOf(invocation, accepted.referralId),
      );
    });
  }
}

/** Counts the app's bootstrap: starting the consumer must not run the lifecycle hooks again. */
@Injectable()
class BootstrapCounter implements OnApplicationBootstrap {
  static runs = 0;
  onApplicationBootstrap(): void {
    BootstrapCounter.runs += 1;
  }
}

@EventConsumer()
class ReferralEventsConsumer {
  constructor(private readonly requestAuthorization: RequestAuthorizationUseCase) {}

  @OnEvent(ReferralAccepted)
  async accepted(event: EventData<typeof ReferralAccepted>, context: EventContext): Promise<void> {
    await this.requestAuthorization.execute(event, context.invocation(actor));
  }
}

describe('typed consumers through Nest (real broker and PostgreSQL)', () => {
  const schema = `consumer_test_${uniqueSuffix()}`;
  const env = testEnvironment(schema, {
    CONSUMER_MAX_ATTEMPTS: '3',
    CONSUMER_RETRY_BASE_MS: '50',
    CONSUMER_SESSION_TIMEOUT_MS: '6000',
  });
  const prefix = env['KAFKA_TOPIC_PREFIX']!;
  const topic = withTopicPrefix(prefix, ReferralAccepted.topic);
  let app: NestFastifyApplication;
  let producer: Producer;
  let reader: TopicReader;
  let deadLetters: TopicReader;

  @Module({
    imports: [
      CoreModule.forService(service, {
        database: {
          entities: [],
          migrations: [
            CreateAuditLog1764115200000,
            ...MESSAGING_MIGRATIONS,
            CreateRequestedAuthorization1700000000000,
          ],
        },
        messaging: true,
        env,
      }),
    ],
    controllers: [ReferralEventsConsumer],
    providers: [RequestAuthorizationUseCase, BootstrapCounter],
  })
  class ConsumerTestModule {}

  beforeAll(async () => {
    app = await createPlatformApp(ConsumerTestModule);
    producer = testKafka('consumer-test').producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    reader = await TopicReader.start(topic, 10_000);
    deadLetters = await TopicReader.start(deadLetterTopic(topic), 10_000);
  });

  afterAll(async () => {
    await Promise.all([producer.disconnect(), reader.stop(), deadLetters.stop()]);
    await app.close();
    await dropSchema(schema);
    await deleteTopicsWithPrefix(prefix);
  });

  async function send(referralId: string, eventId: string = randomUUID()): Promise<string> {
    const data = { ...ReferralAccepted.example, referralId };
    const message = toKafkaMessage({
      id: eventId,
      type: ReferralAccepted.type,
      source: ReferralAccepted.source,
      subject: data.patientId,
      time: new Date().toISOString(),
      data,
      correlationId: referralId,
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      actor: { subject: 'ic-17', role: 'intake_coordinator' },
    });
    await producer.send({ topic, acks: -1, messages: [message] });
    return eventId;
  }

  async function applied(
    referralId: string,
  ): Promise<{ payer_id: string; attempts_seen: number }[]> {
    return queryTestDatabase(
      `SELECT payer_id, attempts_seen FROM "${schema}".requested_authorization WHERE referral_id = $1`,
      [referralId],
    );
  }

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('hands the consumer the parsed payload and a context, and its use case writes in the inbox transaction', async () => {
    const referralId = randomUUID();
    const eventId = await send(referralId);
    const rows = await eventually(
      () => applied(referralId),
      (found) => found.length === 1,
    );
    expect(rows).toEqual([{ payer_id: 'acme-health', attempts_seen: 1 }]);
    const inbox = await queryTestDatabase<{ type: string }>(
      `SELECT type FROM "${schema}".inbox WHERE event_id = $1`,
      [eventId],
    );
    expect(inbox).toEqual([{ type: ReferralAccepted.type }]);
    // The service acted by itself, and the audit log says so.
    const audit = await queryTestDatabase<{ actor_subject: string; actor_role: string }>(
      `SELECT actor_subject, actor_role FROM "${schema}".audit_log WHERE resource_id = $1`,
      [referralId],
    );
    expect(audit).toEqual([{ actor_subject: 'system:prior-auth', actor_role: 'system' }]);

    // The follow-on event names the consumer's actor, its cause and the same correlation and trace.
    const [followOn] = await reader.waitFor(
      (message) =>
        message.headers['ce_type'] === ReferralDocumentsRequested.type &&
        message.headers['ce_correlationid'] === referralId,
    );
    expect(followOn!.headers).toMatchObject({
      ce_actor: 'system:prior-auth',
      ce_actorrole: 'system',
      ce_causationid: eventId,
    });
    expect(followOn!.headers['ce_traceparent']).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-/);
  });

  it('runs the app lifecycle hooks once, consumer included', () => {
    expect(BootstrapCounter.runs).toBe(1);
  });

  it('applies a redelivered event once', async () => {
    const referralId = randomUUID();
    const eventId = await send(referralId);
    await send(referralId, eventId);
    // Every example event has the same patient, so the marker is consumed after the duplicate.
    const marker = randomUUID();
    await send(marker);
    await eventually(
      () => applied(marker),
      (found) => found.length === 1,
    );
    const inbox = await queryTestDatabase<{ n: string }>(
      `SELECT count(*) AS n FROM "${schema}".inbox WHERE event_id = $1`,
      [eventId],
    );
    expect(inbox).toEqual([{ n: '1' }]);
    expect(await applied(referralId)).toHaveLength(1);
  });

  it('retries a failing handler and applies the event when it succeeds', async () => {
    const referralId = randomUUID();
    failuresBefore.set(referralId, 2);
    await send(referralId);
    const rows = await eventually(
      () => applied(referralId),
      (found) => found.length === 1,
    );
    expect(rows).toEqual([{ payer_id: 'acme-health', attempts_seen: 3 }]);
    console.log(`[typed consumer] applied on try ${rows[0]!.attempts_seen} after 2 failures`);
  });

  it('dead-letters an event whose handler keeps failing, and moves on', async () => {
    const poisoned = randomUUID();
    const after = randomUUID();
    failuresBefore.set(poisoned, 'always');
    const eventId = await send(poisoned);
    await send(after);
    const [dead] = await deadLetters.waitFor((message) => message.headers['ce_id'] === eventId);
    expect(dead!.headers[DLQ_HEADERS.attempts]).toBe('3');
    expect(dead!.headers[DLQ_HEADERS.error]).toBe('the payer directory is wrong');
    // One try in its batch's shared transaction, then three on its own.
    expect(triesOf.get(poisoned)).toBe(4);
    expect(
      await eventually(
        () => applied(after),
        (found) => found.length === 1,
      ),
    ).toHaveLength(1);
    expect(await applied(poisoned)).toEqual([]);
  });
});
