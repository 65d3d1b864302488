import {
  dropSchema,
  queryTestDatabase,
  testEnvironment,
  tokenFor,
  uniqueSuffix,
} from '@infuse/testing';
import { BuiltWorkers } from './built-workers';

// The app runs from its build as a process of its own: the dashboard's static-file plugin is an
// ES module that Jest's loader cannot require, while Node runs it.
describe('the queue dashboard (bull-board) at /admin/queues', () => {
  const schema = `workers_test_${uniqueSuffix()}`;
  let workers: BuiltWorkers;

  beforeAll(async () => {
    workers = await BuiltWorkers.start(
      testEnvironment(schema, { REDIS_KEY_PREFIX: `workers-test-${uniqueSuffix()}` }),
    );
  }, 180_000);

  afterAll(async () => {
    await workers?.stop();
    await dropSchema(schema);
  });

  it('serves its page, API and assets to an admin', async () => {
    const admin = await tokenFor('admin');
    const page = await workers.http.get<string>('/admin/queues', admin);
    expect(page.status).toBe(200);
    // The page's scripts, relative to its <base href="/admin/queues/">.
    const asset = /src="(static\/js\/[^"]+)"/.exec(String(page.body))?.[1];
    expect(asset).toBeDefined();
    expect((await workers.http.get(`/admin/queues/${asset}`, admin)).status).toBe(200);
    expect(
      (await workers.http.get(`/admin/queues/${asset}`, await tokenFor('intake_coordinator')))
        .status,
    ).toBe(403);
    const api = await workers.http.get<{ queues: { name: string }[] }>(
      '/admin/queues/api/queues',
      admin,
    );
    expect(api.status).toBe(200);
    expect(api.body.queues.map((queue) => queue.name).sort()).toEqual([
      'copay-assistance',
      'followups',
    ]);
  });

  it.each(['intake_coordinator', 'pharmacist', 'nurse', 'payer'] as const)(
    'refuses a %s with 403 on every route of it: page, API and assets',
    async (role) => {
      const token = await tokenFor(role, `${role}-1`, role === 'payer' ? 'acme-health' : undefined);
      for (const path of [
        '/admin/queues',
        '/admin/queues/api/queues',
        '/admin/queues/static/js/main.js',
        '/admin/queues/queue/followups',
      ]) {
        const response = await workers.http.get(path, token);
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
      }
    },
  );

  it('refuses a request without a token with 401, and records refusals in the audit log', async () => {
    expect((await workers.http.get('/admin/queues/api/queues')).status).toBe(401);
    const refusals = await queryTestDatabase<{ actor_role: string }>(
      `SELECT actor_role FROM "${schema}".audit_log
        WHERE action = 'queue-dashboard.read' AND outcome = 'denied'`,
    );
    expect(refusals.map((row) => row.actor_role)).toEqual(
      expect.arrayContaining(['intake_coordinator', 'nurse', 'anonymous']),
    );
  });
});
