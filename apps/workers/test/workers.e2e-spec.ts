import { FollowUpTestService } from './follow-up-test-service';

describe('workers service', () => {
  let workers: FollowUpTestService;

  beforeAll(async () => {
    workers = await FollowUpTestService.start();
  });

  afterAll(() => workers.close());

  it('answers ready when PostgreSQL, Kafka and Redis answer', async () => {
    const response = await workers.service.http.get<{
      checks: Record<string, { status: string }>;
    }>('/health/ready');
    expect(response.status).toBe(200);
    expect(response.body.checks).toEqual({
      postgres: { status: 'up' },
      kafka: { status: 'up' },
      redis: { status: 'up' },
    });
  });
});
