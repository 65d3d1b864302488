import { randomUUID } from 'node:crypto';
import { getQueueToken, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Module } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { CreateAuditLog1764115200000 } from '@infuse/auth';
import { QUEUES } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import {
  dropSchema,
  queryTestDatabase,
  testEnvironment,
  TestHttpClient,
  uniqueSuffix,
} from '@infuse/testing';
import { type Job, type Queue } from 'bullmq';
import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { bootstrapWorker, CoreModule, defineService } from '../src';

// A process that runs jobs and serves no API: the shape of the workers app's job entry point.
const service = defineService({
  name: 'workers',
  title: 'worker entry test',
  portVariable: 'WORKER_TEST_PORT',
  defaultPort: 0,
  schema: 'worker_test',
});

class CreateReminderSent1700000000000 implements MigrationInterface {
  name = 'CreateReminderSent1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE reminder_sent (task_id uuid PRIMARY KEY)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reminder_sent`);
  }
}

@Injectable()
@Processor(QUEUES.followups)
class ReminderProcessor extends WorkerHost {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  async process(job: Job<{ taskId: string }>): Promise<void> {
    await this.unitOfWork.run(undefined, (manager) =>
      manager.query(`INSERT INTO reminder_sent (task_id) VALUES ($1) ON CONFLICT DO NOTHING`, [
        job.data.taskId,
      ]),
    );
  }
}

describe('bootstrapWorker (real PostgreSQL and Redis)', () => {
  const schema = `worker_test_${uniqueSuffix()}`;
  const env = testEnvironment(schema, {
    WORKER_TEST_PORT: '0',
    REDIS_KEY_PREFIX: `worker-test-${uniqueSuffix()}`,
  });
  let app: NestFastifyApplication;
  let http: TestHttpClient;

  @Module({
    imports: [
      CoreModule.forService(service, {
        database: {
          entities: [],
          migrations: [CreateAuditLog1764115200000, CreateReminderSent1700000000000],
        },
        queues: [QUEUES.followups],
        env,
      }),
    ],
    providers: [ReminderProcessor],
  })
  class WorkerTestModule {}

  beforeAll(async () => {
    app = await bootstrapWorker(WorkerTestModule, service);
    http = new TestHttpClient(await app.getUrl());
  });

  afterAll(async () => {
    const queue = app.get<Queue>(getQueueToken(QUEUES.followups));
    await queue.obliterate({ force: true });
    await app.close();
    await dropSchema(schema);
  });

  it('runs the processors the module lists', async () => {
    const taskId = randomUUID();
    const queue = app.get<Queue>(getQueueToken(QUEUES.followups));
    await queue.add('missing-documents', { taskId }, { jobId: `task-${taskId}` });
    const deadline = Date.now() + 20_000;
    let rows: unknown[] = [];
    while (rows.length === 0 && Date.now() < deadline) {
      rows = await queryTestDatabase(
        `SELECT task_id FROM "${schema}".reminder_sent WHERE task_id = $1`,
        [taskId],
      );
      if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows).toEqual([{ task_id: taskId }]);
  });

  it('is ready when PostgreSQL and Redis answer, without asking Kafka, which it does not use', async () => {
    const response = await http.get<{ checks: Record<string, unknown> }>('/health/ready');
    expect(response.status).toBe(200);
    expect(response.body.checks).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('serves its metrics, and no API', async () => {
    expect((await http.get('/metrics')).status).toBe(200);
    expect((await http.get('/docs-json')).status).toBe(404);
  });
});
