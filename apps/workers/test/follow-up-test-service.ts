import { getQueueToken } from '@nestjs/bullmq';
import { type EventFeed, startEventFeed, startTestApp, type TestApp } from '@infuse/app-testing';
import { type EventContract, QUEUES } from '@infuse/contracts';
import { eventually, queryTestDatabase, uniqueSuffix } from '@infuse/testing';
import { type Queue } from 'bullmq';
import { WorkersModule } from '../src/workers.module';
import { workersService } from '../src/workers.service';

export interface TaskRow {
  id: string;
  kind: string;
  status: string;
  priority: string;
  due_at: Date;
  window_ends_at: Date | null;
  reminders: number;
  job_step: number;
  details: Record<string, unknown>;
  referral_id: string;
  closed_by: string | null;
  resolved_by: string | null;
  note: string | null;
}

/**
 * The workers app on the real PostgreSQL, broker and Redis (its own key prefix, or its own Redis
 * server), with what its tests do: publish upstream events as their services do, and read the
 * tasks, the events it published and its jobs.
 */
export class FollowUpTestService {
  private constructor(
    readonly service: TestApp,
    private readonly feed: EventFeed,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<FollowUpTestService> {
    const service = await startTestApp(workersService, (env) => WorkersModule.register(env), {
      REDIS_KEY_PREFIX: `workers-test-${uniqueSuffix()}`,
      // The dashboard's static files cannot load under Jest; its test runs the app as a process.
      WORKERS_QUEUE_DASHBOARD: 'false',
      ...overrides,
    });
    const feed = await startEventFeed(service.topicPrefix);
    return new FollowUpTestService(service, feed);
  }

  get followups(): Queue {
    return this.service.app.get<Queue>(getQueueToken(QUEUES.followups));
  }

  async close(): Promise<void> {
    await this.feed.stop();
    await this.followups.obliterate({ force: true }).catch(() => undefined);
    await this.service.close();
  }

  /** Publishes an event as its service does, as a new event each time. */
  async publish<Data extends { patientId: string; referralId: string }>(
    contract: EventContract<Data>,
    data: Data,
  ): Promise<void> {
    await this.feed.publish(contract, data, {
      actor: { subject: 'system:upstream', role: 'system' },
    });
  }

  tasksOf(referralId: string): Promise<TaskRow[]> {
    return queryTestDatabase<TaskRow>(
      `SELECT * FROM "${this.service.schema}".follow_up_task WHERE referral_id = $1
        ORDER BY created_at, kind, due_at`,
      [referralId],
    );
  }

  /** The referral's tasks once `ready` holds for them. */
  eventuallyTasks(
    referralId: string,
    ready: (tasks: TaskRow[]) => boolean,
    what = 'the tasks',
  ): Promise<TaskRow[]> {
    return eventually(what, async () => {
      const tasks = await this.tasksOf(referralId);
      return ready(tasks) ? tasks : undefined;
    });
  }

  /** The follow-up events the app published for a referral, oldest first. */
  eventsOf(referralId: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
    return queryTestDatabase(
      `SELECT type, data FROM "${this.service.schema}".outbox WHERE correlation_id = $1
        ORDER BY position`,
      [referralId],
    );
  }

  auditOf(resourceId: string): Promise<{ action: string; actor_subject: string }[]> {
    return queryTestDatabase(
      `SELECT action, actor_subject FROM "${this.service.schema}".audit_log
        WHERE resource_id = $1 ORDER BY occurred_at`,
      [resourceId],
    );
  }
}

export const minutesFromNow = (minutes: number): string =>
  new Date(Date.now() + minutes * 60_000).toISOString();
