import { startTestApp, type TestApp } from '@infuse/app-testing';
import { uniqueSuffix } from '@infuse/testing';
import { WorkersModule } from '../src/workers.module';
import { workersService } from '../src/workers.service';

describe('workers service', () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startTestApp(workersService, (env) => WorkersModule.register(env), {
      REDIS_KEY_PREFIX: `workers-test-${uniqueSuffix()}`,
    });
  });

  afterAll(() => service.close());

  it('answers ready when PostgreSQL, Kafka and Redis answer', async () => {
    const response = await service.http.get<{ checks: Record<string, { status: string }> }>(
      '/health/ready',
    );
    expect(response.status).toBe(200);
    expect(response.body.checks).toEqual({
      postgres: { status: 'up' },
      kafka: { status: 'up' },
      redis: { status: 'up' },
    });
  });
});
