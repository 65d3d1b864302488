import { type ProblemDocument } from '@infuse/http';
import { startTestApp, type TestApp } from '@infuse/app-testing';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { SignJWT } from 'jose';
import { ReferralsModule } from '../src/referrals.module';
import { referralsService } from '../src/referrals.service';
import { completeReferral } from './referral-fixture';

// The platform's promises, shown on the first app: auth, problem documents, audit, health.
describe('referrals service over HTTP: platform conventions', () => {
  let service: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    service = await startTestApp(referralsService, (env) => ReferralsModule.register(env));
    coordinator = await tokenFor('intake_coordinator', 'ic-1');
  });

  afterAll(async () => {
    await service.close();
  });

  async function auditRows(resourceId: string | null, outcome: string) {
    return queryTestDatabase<{
      actor_subject: string;
      actor_role: string;
      action: string;
      outcome: string;
    }>(
      `SELECT actor_subject, actor_role, action, outcome FROM "${service.schema}".audit_log
        WHERE resource_id IS NOT DISTINCT FROM $1 AND outcome = $2`,
      [resourceId, outcome],
    );
  }

  it('answers ready when PostgreSQL and Kafka answer, and never asks Redis, which it does not use', async () => {
    const response = await service.http.get<{
      status: string;
      checks: Record<string, { status: string }>;
    }>('/health/ready');
    expect(response.status).toBe(200);
    expect(response.body.checks).toEqual({
      postgres: { status: 'up' },
      kafka: { status: 'up' },
    });
  });

  it('refuses a request without a token with 401 problem+json', async () => {
    const response = await service.http.get<ProblemDocument>(
      '/v1/referrals/00000000-0000-4000-8000-000000000000',
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(response.body).toMatchObject({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
    });
    expect(response.body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('refuses a token with a forged signature with 401', async () => {
    const forged = await new SignJWT({ role: 'intake_coordinator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ic-1')
      .setIssuer('infuse-development')
      .setAudience('infuse')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-secret-the-service-does-not-know-0123456789'));
    const response = await service.http.post<ProblemDocument>(
      '/v1/referrals',
      completeReferral(),
      forged,
    );
    expect(response.status).toBe(401);
    expect(response.body.status).toBe(401);
  });

  it('refuses a nurse on the referrals routes with 403 and audits the refusal', async () => {
    const nurse = await tokenFor('nurse', 'rn-7');
    const id = '00000000-0000-4000-8000-000000000007';
    const response = await service.http.get<ProblemDocument>(`/v1/referrals/${id}`, nurse);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ title: 'Forbidden', status: 403 });
    expect(await auditRows(id, 'denied')).toEqual([
      { actor_subject: 'rn-7', actor_role: 'nurse', action: 'referral.read', outcome: 'denied' },
    ]);
  });

  it('rejects a malformed body with 400 naming each bad field, and writes nothing', async () => {
    const referral = completeReferral();
    referral.patient['dateOfBirth'] = '1979-02-30';
    referral.prescriber['npi'] = '1234567890';
    referral.order['doseGramsPerKg'] = 7;
    delete referral.insurance['memberId'];
    const before = await queryTestDatabase<{ count: string }>(
      `SELECT count(*) FROM "${service.schema}".referral`,
    );

    const response = await service.http.post<ProblemDocument>(
      '/v1/referrals',
      referral,
      coordinator,
    );

    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:infuse:problem:validation');
    expect(
      response.body.errors?.map((error) => ('pointer' in error ? error.pointer : '')).sort(),
    ).toEqual([
      '#/insurance/memberId',
      '#/order/doseGramsPerKg',
      '#/patient/dateOfBirth',
      '#/prescriber/npi',
    ]);
    const after = await queryTestDatabase<{ count: string }>(
      `SELECT count(*) FROM "${service.schema}".referral`,
    );
    expect(after).toEqual(before);
  });

  it('rejects a body that is not JSON with 400 problem+json', async () => {
    const response = await service.http.request<ProblemDocument>('POST', '/v1/referrals', {
      token: coordinator,
      rawBody: '{"patient": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ title: 'Malformed JSON', errors: [{ pointer: '#' }] });
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await service.http.get<ProblemDocument>('/v1/nothing-here', coordinator);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('records an audited read and change with who, role, action and outcome', async () => {
    const created = await service.http.post<{ id: string; patientId: string }>(
      '/v1/referrals',
      completeReferral(),
      coordinator,
    );
    expect(created.status).toBe(201);
    const read = await service.http.get<{ id: string }>(
      `/v1/referrals/${created.body.id}`,
      coordinator,
    );
    expect(read.status).toBe(200);

    const rows = await queryTestDatabase<{
      action: string;
      actor_subject: string;
      actor_role: string;
      patient_id: string;
    }>(
      `SELECT action, actor_subject, actor_role, patient_id FROM "${service.schema}".audit_log
        WHERE resource_id = $1 AND outcome = 'success' ORDER BY id`,
      [created.body.id],
    );
    expect(rows).toEqual([
      {
        action: 'referral.create',
        actor_subject: 'ic-1',
        actor_role: 'intake_coordinator',
        patient_id: created.body.patientId,
      },
      {
        action: 'referral.read',
        actor_subject: 'ic-1',
        actor_role: 'intake_coordinator',
        patient_id: created.body.patientId,
      },
    ]);
  });

  it('exposes Prometheus metrics without patient data, including the outbox', async () => {
    const response = await service.http.get<string>('/metrics');
    expect(response.status).toBe(200);
    expect(response.body).toMatch(/^infuse_outbox_backlog \d+$/m);
    expect(response.body).toContain('infuse_outbox_publish_latency_seconds_bucket');
    expect(response.body).not.toMatch(/Okafor|MRN-/);
  });

  it('publishes an OpenAPI document at /docs', async () => {
    const response = await service.http.get<{ openapi: string; paths: Record<string, unknown> }>(
      '/docs-json',
    );
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/v1/referrals', '/v1/referrals/{id}', '/health/ready']),
    );
  });
});
