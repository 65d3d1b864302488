import { randomUUID } from 'node:crypto';
import { startEventFeed, startTestApp, type TestApp } from '@infuse/app-testing';
import {
  AuthorizationApproved,
  DispenseCreated,
  DispenseNextCycleHeld,
  type EventContract,
  type EventData,
  ReferralAccepted,
  VisitCompleted,
} from '@infuse/contracts';
import { queryTestDatabase, type ReadMessage, TopicReader } from '@infuse/testing';
import { PharmacyModule } from '../src/pharmacy.module';
import { pharmacyService } from '../src/pharmacy.service';

export interface PharmacyTestService {
  service: TestApp;
  /** Everything the service publishes on its dispense topic. */
  dispenses: TopicReader;
  /** Publishes an event as its producing service does; returns its id, to deliver it again. */
  publish<Data>(contract: EventContract<Data>, data: Data, eventId?: string): Promise<string>;
  /** Rows of the service's schema. */
  query<Row extends Record<string, unknown>>(sql: string, values?: unknown[]): Promise<Row[]>;
  stop(): Promise<void>;
}

/** The pharmacy service on the real PostgreSQL and broker, fed by a producer of its inputs. */
export async function startPharmacyService(
  overrides: Record<string, string> = {},
): Promise<PharmacyTestService> {
  const service = await startTestApp(
    pharmacyService,
    (env) => PharmacyModule.register(env),
    overrides,
  );
  const feed = await startEventFeed(service.topicPrefix);
  const dispenses = await TopicReader.start(`${service.topicPrefix}pharmacy.dispense.v1`);
  return {
    service,
    dispenses,
    publish: (contract, data, eventId) => feed.publish(contract, data, { eventId }),
    query: <Row extends Record<string, unknown>>(sql: string, values: unknown[] = []) =>
      queryTestDatabase<Row>(sql.replaceAll('pharmacy.', `"${service.schema}".`), values),
    async stop() {
      await dispenses.stop();
      await feed.stop();
      await service.close();
    },
  };
}

/** Publishes a referral's acceptance and approval and waits for its first order; its id. */
export async function openFirstOrder(
  pharmacy: PharmacyTestService,
  referral: EventData<typeof ReferralAccepted>,
  approval: EventData<typeof AuthorizationApproved>,
): Promise<string> {
  await pharmacy.publish(ReferralAccepted, referral);
  await pharmacy.publish(AuthorizationApproved, approval);
  const [created] = await pharmacy.dispenses.waitFor(
    (message) =>
      message.headers['ce_type'] === DispenseCreated.type &&
      message.headers['ce_correlationid'] === referral.referralId,
  );
  return DispenseCreated.schema.parse(created?.data).dispenseId;
}

/**
 * Publishes nursing's completion of a dose's last visit, as nursing announces it, and waits for
 * what pharmacy made of it: the next cycle's order or the hold of it.
 */
export async function completeCycle(
  pharmacy: PharmacyTestService,
  given: { referralId: string; patientId: string; dispenseId: string; cycle: number },
  eventId?: string,
): Promise<ReadMessage> {
  await pharmacy.publish(
    VisitCompleted,
    { ...VisitCompleted.example, ...given, visitId: randomUUID(), lastDayOfCycle: true },
    eventId,
  );
  const [answer] = await pharmacy.dispenses.waitFor((message) => {
    if (message.headers['ce_correlationid'] !== given.referralId) return false;
    const { cycle } = message.data as { cycle: number };
    return message.headers['ce_type'] === DispenseNextCycleHeld.type
      ? cycle === given.cycle
      : message.headers['ce_type'] === DispenseCreated.type && cycle === given.cycle + 1;
  });
  return answer!;
}
