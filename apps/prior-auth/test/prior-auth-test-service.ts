import { join } from 'node:path';
import { startEventFeed, startTestApp, type TestApp } from '@infuse/app-testing';
import { type EventContract, ReferralAccepted } from '@infuse/contracts';
import { eventually, type ReadMessage, tokenFor, TopicReader } from '@infuse/testing';
import { PriorAuthModule } from '../src/prior-auth.module';
import { priorAuthService } from '../src/prior-auth.service';
import { type AuthorizationView } from '../src/view-authorization/view-authorization.query';
import { FakePayer } from './fake-payer';
import { FakeReferrals } from './fake-referrals';
import { type AcceptedReferral } from './referral-builder';

// The coordinator whose acceptance the referral events carry.
const COORDINATOR = { subject: 'ic-1', role: 'intake_coordinator' };

const DIRECTORY = join(__dirname, '..', 'config', 'payer-directory.json');

export interface PriorAuthTestService {
  service: TestApp;
  payer: FakePayer;
  referrals: FakeReferrals;
  /** Everything prior-auth publishes on its authorization topic. */
  topic: TopicReader;
  coordinator: string;
  /** Publishes an event as its producer does, as a new event each time; resolves with its id. */
  publish<Data>(
    contract: EventContract<Data> & { source: string; topic: string },
    data: Data & { patientId: string },
    correlationId: string,
  ): Promise<string>;
  /** Publishes the referral's acceptance; resolves with the event's id. */
  accept(referral: AcceptedReferral): Promise<string>;
  /** The referral's requests, once one exists. */
  requestsOf(referralId: string, count?: number): Promise<AuthorizationView[]>;
  /** The request once it has reached `status`. */
  untilStatus(authorizationId: string, status: string): Promise<AuthorizationView>;
  /** Polls until `probe` gives a value, for up to 30 s. */
  eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T>;
  /** The events of a type about one request. */
  eventsOf(authorizationId: string, type: string, count?: number): Promise<ReadMessage[]>;
  stop(): Promise<void>;
}

/**
 * prior-auth on the real PostgreSQL and Kafka, pointed at a tiny PAS payer and a tiny referrals
 * document endpoint in the test process, with fast retries so a test sees them play out.
 */
export async function startPriorAuthService(
  coordinatorId: string,
  overrides: Record<string, string> = {},
): Promise<PriorAuthTestService> {
  const payer = new FakePayer();
  const referrals = new FakeReferrals();
  await Promise.all([payer.start(), referrals.start()]);
  const service = await startTestApp(priorAuthService, (env) => PriorAuthModule.register(env), {
    PRIOR_AUTH_PAYER_DIRECTORY: DIRECTORY,
    PAYER_SANDBOX_URL: payer.url,
    REFERRALS_URL: referrals.url,
    PRIOR_AUTH_PUBLIC_URL: 'http://127.0.0.1:3002',
    OUTBOUND_CALL_POLL_INTERVAL_MS: '200',
    OUTBOUND_CALL_RETRY_BASE_MS: '20',
    OUTBOUND_CALL_RETRY_MAX_MS: '50',
    OUTBOUND_CALL_RESCHEDULE_BASE_MS: '200',
    OUTBOUND_CALL_RESCHEDULE_MAX_MS: '400',
    // One fake payer serves every test of a file: one test's outage must not open the circuit
    // for the next.
    OUTBOUND_CIRCUIT_FAILURES: '100',
    ...overrides,
  });
  const feed = await startEventFeed(service.topicPrefix);
  const topic = await TopicReader.start(
    `${service.topicPrefix}prior-auth.authorization.v1`,
    30_000,
  );
  const coordinator = await tokenFor('intake_coordinator', coordinatorId);

  const running: PriorAuthTestService = {
    service,
    payer,
    referrals,
    topic,
    coordinator,
    async publish(contract, data, correlationId) {
      // Referrals holds what its events announce, as the real service does.
      referrals.learn(data);
      return feed.publish(contract, data, { correlationId, actor: COORDINATOR });
    },
    eventually,
    accept(referral) {
      return running.publish(ReferralAccepted, referral, referral.referralId);
    },
    async requestsOf(referralId, count = 1) {
      return eventually(`${count} requests of ${referralId}`, async () => {
        const list = await service.http.get<{ items: { id: string }[] }>(
          `/v1/authorizations?referralId=${referralId}`,
          coordinator,
        );
        if (list.status !== 200 || list.body.items.length < count) return undefined;
        return Promise.all(list.body.items.map(({ id }) => view(id)));
      });
    },
    untilStatus(authorizationId, status) {
      return eventually(`${authorizationId} ${status}`, async () => {
        const seen = await view(authorizationId);
        return seen.status === status ? seen : undefined;
      });
    },
    eventsOf(authorizationId, type, count = 1) {
      return topic.waitFor(
        (message) =>
          message.headers['ce_type'] === type &&
          (message.data as { authorizationId?: string }).authorizationId === authorizationId,
        count,
        30_000,
      );
    },
    async stop() {
      await topic.stop();
      await feed.stop();
      await service.close();
      await Promise.all([payer.stop(), referrals.stop()]);
    },
  };

  async function view(id: string): Promise<AuthorizationView> {
    const response = await service.http.get<AuthorizationView>(
      `/v1/authorizations/${id}`,
      coordinator,
    );
    if (response.status !== 200) throw new Error(`reading ${id} answered ${response.status}`);
    return response.body;
  }

  return running;
}
