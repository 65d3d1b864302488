import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { startEventFeed, startTestApp, type EventFeed, type TestApp } from '@infuse/app-testing';
import {
  AuthorizationApproved,
  DispenseReleased,
  DispenseVerified,
  type EventData,
  type PlanType,
  QUEUES,
  ReferralAccepted,
  ReferralCancelled,
} from '@infuse/contracts';
import { eventually, queryTestDatabase, tokenFor, uniqueSuffix } from '@infuse/testing';
import { type Queue } from 'bullmq';
import { WorkersModule } from '../src/workers.module';
import { workersService } from '../src/workers.service';
import { type ProgrammeSandbox, startProgrammeSandbox } from './assistance-programme-sandbox';

/** A patient's referral as the assistance tests vary it. */
export interface PatientStory {
  referralId: string;
  patientId: string;
  planType: PlanType;
  lastName: string;
  brand: string;
}

type CaseBody = Record<string, unknown> & { id: string; status: string };

/**
 * The workers app and the programme sandbox on the real PostgreSQL, broker and Redis, with what
 * the assistance tests do: publish the upstream events, call the case API, read the outbox.
 */
export class AssistanceHarness {
  private constructor(
    readonly service: TestApp,
    readonly sandbox: ProgrammeSandbox,
    private readonly feed: EventFeed,
    readonly coordinator: string,
  ) {}

  static async start(sandbox: ProgrammeSandbox): Promise<AssistanceHarness> {
    const service = await startTestApp(workersService, (env) => WorkersModule.register(env), {
      REDIS_KEY_PREFIX: `assistance-test-${uniqueSuffix()}`,
      WORKERS_QUEUE_DASHBOARD: 'false',
      ASSISTANCE_PROGRAMMES_URL: sandbox.programmesUrl,
      OUTBOUND_CALL_POLL_INTERVAL_MS: '200',
      OUTBOUND_CALL_RETRY_BASE_MS: '50',
      OUTBOUND_CALL_RETRY_MAX_MS: '200',
    });
    const feed = await startEventFeed(service.topicPrefix);
    return new AssistanceHarness(
      service,
      sandbox,
      feed,
      await tokenFor('intake_coordinator', 'ic-7'),
    );
  }

  static startSandbox = startProgrammeSandbox;

  get queue(): Queue {
    return this.service.app.get<Queue>(getQueueToken(QUEUES.copayAssistance));
  }

  async close(): Promise<void> {
    await this.feed.stop();
    await this.queue.obliterate({ force: true }).catch(() => undefined);
    await this.service.close();
  }

  story(planType: PlanType, lastName = 'Okafor', brand = 'Privigen'): PatientStory {
    return { referralId: randomUUID(), patientId: randomUUID(), planType, lastName, brand };
  }

  /** The referral accepted, then the authorization approved: screening starts. */
  async acceptAndApprove(story: PatientStory): Promise<void> {
    await this.feed.publish(ReferralAccepted, acceptedOf(story));
    await this.feed.publish(AuthorizationApproved, {
      ...AuthorizationApproved.example,
      referralId: story.referralId,
      patientId: story.patientId,
      authorizationId: randomUUID(),
    });
  }

  async cancel(story: PatientStory): Promise<void> {
    await this.feed.publish(ReferralCancelled, {
      ...ReferralCancelled.example,
      referralId: story.referralId,
      patientId: story.patientId,
    });
  }

  async verify(story: PatientStory, productId: string, brandName: string): Promise<void> {
    await this.feed.publish(DispenseVerified, {
      ...DispenseVerified.example,
      referralId: story.referralId,
      patientId: story.patientId,
      dispenseId: randomUUID(),
      productId,
      brandName,
    });
  }

  /** A dose released; the same dispense id twice is the same dose. */
  async release(story: PatientStory, dispenseId: string, cycle: number): Promise<void> {
    await this.feed.publish(DispenseReleased, {
      ...DispenseReleased.example,
      referralId: story.referralId,
      patientId: story.patientId,
      dispenseId,
      cycle,
    });
  }

  /** The referral's case as the coordinator sees it, once `ready` holds. */
  caseWhen(
    story: PatientStory,
    ready: (body: CaseBody) => boolean,
    what: string,
  ): Promise<CaseBody> {
    return eventually(what, async () => {
      const list = await this.service.http.get<{ items: CaseBody[] }>(
        `/v1/assistance-cases?patientId=${story.patientId}`,
        this.coordinator,
      );
      const id = list.body.items?.[0]?.id;
      if (!id) return undefined;
      const view = await this.service.http.get<CaseBody>(
        `/v1/assistance-cases/${id}`,
        this.coordinator,
      );
      return ready(view.body) ? view.body : undefined;
    });
  }

  post(caseId: string, step: string, body: unknown, token = this.coordinator) {
    return this.service.http.post<CaseBody>(`/v1/assistance-cases/${caseId}/${step}`, body, token);
  }

  /** The assistance-case events published for the referral, oldest first. */
  async eventsOf(story: PatientStory): Promise<{ type: string; data: Record<string, unknown> }[]> {
    return queryTestDatabase(
      `SELECT type, data FROM "${this.service.schema}".outbox
        WHERE correlation_id = $1 AND type LIKE 'org.infuse.assistance-case.%' ORDER BY position`,
      [story.referralId],
    );
  }

  auditOf(caseId: string): Promise<{ action: string; actor_subject: string; outcome: string }[]> {
    return queryTestDatabase(
      `SELECT action, actor_subject, outcome FROM "${this.service.schema}".audit_log
        WHERE resource_id = $1 ORDER BY occurred_at`,
      [caseId],
    );
  }
}

function acceptedOf(story: PatientStory): EventData<typeof ReferralAccepted> {
  const example = ReferralAccepted.example;
  const insured = story.planType !== 'uninsured';
  return {
    ...example,
    referralId: story.referralId,
    patientId: story.patientId,
    patient: { ...example.patient, lastName: story.lastName },
    order: { ...example.order, productPreference: story.brand },
    insurance: insured
      ? { ...example.insurance, planType: story.planType }
      : { planType: 'uninsured' },
  };
}
