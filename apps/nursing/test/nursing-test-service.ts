import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '@infuse/app-testing';
import { type EventContract } from '@infuse/contracts';
import { toKafkaMessage } from '@infuse/messaging';
import { queryTestDatabase, testKafka, TopicReader, type ReadMessage } from '@infuse/testing';
import { type Producer } from 'kafkajs';
import { NursingModule } from '../src/nursing.module';
import { nursingService } from '../src/nursing.service';

// The soak drives the service with the same helpers (it lives beside the tests, in soak/).
export { eventually, tokenFor } from '@infuse/testing';

export interface NursingTestService {
  service: TestApp;
  /** Everything the service publishes on its visit topic. */
  visits: TopicReader;
  /** Publishes an event as its producing service does; returns its id, to deliver it again. */
  publish<Data>(contract: EventContract<Data>, data: Data, eventId?: string): Promise<string>;
  /** Rows of the service's schema: `nursing.` in the statement names it. */
  query<Row extends Record<string, unknown>>(sql: string, values?: unknown[]): Promise<Row[]>;
  /** A field nurse covering these postal-code prefixes. */
  addNurse(nurseId: string, postalPrefixes: string[]): Promise<void>;
  /** The visit events of one type for one visit, once `count` of them are there. */
  visitEvents(type: string, visitId: string, count?: number): Promise<ReadMessage[]>;
  stop(): Promise<void>;
}

/** The nursing service on the real PostgreSQL and broker, fed by a producer of its inputs. */
export async function startNursingService(
  overrides: Record<string, string> = {},
): Promise<NursingTestService> {
  const service = await startTestApp(
    nursingService,
    (env) => NursingModule.register(env),
    overrides,
  );
  const producer: Producer = testKafka('nursing-test').producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  const visits = await TopicReader.start(`${service.topicPrefix}nursing.visit.v1`, 10_000);
  const query = <Row extends Record<string, unknown>>(sql: string, values: unknown[] = []) =>
    queryTestDatabase<Row>(sql.replaceAll('nursing.', `"${service.schema}".`), values);
  return {
    service,
    visits,
    query,
    async publish(contract, data, eventId = randomUUID()) {
      const record = data as { referralId: string };
      const message = toKafkaMessage({
        id: eventId,
        type: contract.type,
        source: contract.source,
        subject: contract.keyOf(data),
        time: new Date().toISOString(),
        data,
        correlationId: record.referralId,
        actor: { subject: 'system:test', role: 'system' },
      });
      await producer.send({
        topic: `${service.topicPrefix}${contract.topic}`,
        acks: -1,
        messages: [message],
      });
      return eventId;
    },
    async addNurse(nurseId, postalPrefixes) {
      await query(`INSERT INTO nursing.nurse (nurse_id, display_name) VALUES ($1, $1)`, [nurseId]);
      await query(
        `INSERT INTO nursing.nurse_territory (nurse_id, postal_prefix) SELECT $1, unnest($2::text[])`,
        [nurseId, postalPrefixes],
      );
    },
    visitEvents: (type, visitId, count = 1) =>
      visits.waitFor(
        (message) =>
          message.headers['ce_type'] === type &&
          (message.data as { visitId?: string }).visitId === visitId,
        count,
      ),
    async stop() {
      await visits.stop();
      await producer.disconnect();
      await service.close();
    },
  };
}
