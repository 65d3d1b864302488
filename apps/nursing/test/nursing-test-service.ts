import { startEventFeed, startTestApp, type TestApp } from '@infuse/app-testing';
import { type EventContract } from '@infuse/contracts';
import { queryTestDatabase, TopicReader, type ReadMessage } from '@infuse/testing';
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
  const feed = await startEventFeed(service.topicPrefix);
  const visits = await TopicReader.start(`${service.topicPrefix}nursing.visit.v1`, 10_000);
  const query = <Row extends Record<string, unknown>>(sql: string, values: unknown[] = []) =>
    queryTestDatabase<Row>(sql.replaceAll('nursing.', `"${service.schema}".`), values);
  return {
    service,
    visits,
    query,
    publish: (contract, data, eventId) => feed.publish(contract, data, { eventId }),
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
      await feed.stop();
      await service.close();
    },
  };
}
