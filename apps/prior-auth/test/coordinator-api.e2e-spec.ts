import { randomUUID } from 'node:crypto';
import { AuthorizationCancelled } from '@infuse/contracts';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { type PriorAuthTestService, startPriorAuthService } from './prior-auth-test-service';
import { anAcceptedReferral } from './referral-builder';

type Json = Record<string, unknown>;

describe('prior-auth: the coordinator API', () => {
  let running: PriorAuthTestService;
  let pendedId: string;
  let referralId: string;

  beforeAll(async () => {
    running = await startPriorAuthService('ic-24');
    const referral = anAcceptedReferral();
    running.payer.answer(referral.insurance.memberId!, { answer: 'pend' });
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    await running.untilStatus(opened!.id, 'pended');
    pendedId = opened!.id;
    referralId = referral.referralId;
  });

  afterAll(async () => {
    await running.stop();
  });

  const call = <Body = Json>(method: string, path: string, token: string, json?: unknown) =>
    running.service.http.request<Body>(method, path, {
      token,
      ...(json === undefined ? {} : { json }),
    });

  const routes = (id: string, referral: string): [string, string, unknown?][] => [
    ['GET', '/v1/authorizations'],
    ['GET', `/v1/authorizations/${id}`],
    ['GET', `/v1/authorizations/${id}/request-bundle`],
    ['GET', `/v1/referrals/${referral}/authorizations`],
    ['POST', `/v1/authorizations/${id}/resubmit`, {}],
    ['POST', `/v1/authorizations/${id}/appeal`, { reason: 'New evidence.' }],
    ['POST', `/v1/authorizations/${id}/cancel`, {}],
    ['POST', `/v1/authorizations/${id}/inquire`],
    ['POST', `/v1/authorizations/${id}/update`, { doseGramsPerKg: 0.4 }],
  ];

  it('refuses a nurse and a payer on every route with 403, auditing the refusal', async () => {
    const nurse = await tokenFor('nurse', 'rn-7');
    const payer = await tokenFor('payer', 'acme-gateway', 'acme-health');
    for (const [method, path, body] of routes(pendedId, referralId)) {
      expect([method, path, (await call(method, path, nurse, body)).status]).toEqual([
        method,
        path,
        403,
      ]);
      expect([method, path, (await call(method, path, payer, body)).status]).toEqual([
        method,
        path,
        403,
      ]);
    }
    const refused = await queryTestDatabase<{ count: string }>(
      `SELECT count(*) FROM "${running.service.schema}".audit_log WHERE actor_subject = 'rn-7' AND outcome = 'denied'`,
    );
    expect(Number(refused[0]!.count)).toBeGreaterThanOrEqual(
      routes(pendedId, referralId).length - 1,
    );
    expect((await running.untilStatus(pendedId, 'pended')).history).toHaveLength(3);
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['a malformed id', 'not-a-uuid'],
  ])('answers 404 for %s on every route naming one', async (_case, id) => {
    for (const [method, path, body] of routes(id, id).slice(1))
      expect([method, path, (await call(method, path, running.coordinator, body)).status]).toEqual([
        method,
        path,
        404,
      ]);
  });

  it.each([
    ['resubmit', { memberId: '' }, '#/memberId'],
    ['resubmit', { memberId: 'ACM 1; DROP' }, '#/memberId'],
    ['resubmit', { memberId: 'ACM-1', extra: true }, '#'],
    ['appeal', {}, '#/reason'],
    ['appeal', { reason: '   ' }, '#/reason'],
    ['appeal', { reason: 42 }, '#/reason'],
    ['cancel', { reason: '' }, '#/reason'],
    ['update', {}, '#'],
    ['update', { productBrand: 'Immunoblast' }, '#/productBrand'],
    ['update', { doseGramsPerKg: 9 }, '#/doseGramsPerKg'],
    ['update', { doseGramsPerKg: '0.4' }, '#/doseGramsPerKg'],
    ['inquire', { now: true }, '#'],
  ])(
    'answers 400 naming the field for %s with %j, and changes nothing',
    async (action, body, pointer) => {
      const response = await call<Json>(
        'POST',
        `/v1/authorizations/${pendedId}/${action}`,
        running.coordinator,
        body,
      );
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body['errors']).toEqual(
        expect.arrayContaining([expect.objectContaining({ pointer })]),
      );
      const unchanged = await running.untilStatus(pendedId, 'pended');
      expect(unchanged.history).toHaveLength(3);
    },
  );

  it('answers 400 for malformed JSON and for bad list parameters, naming them', async () => {
    const malformed = await running.service.http.request<Json>(
      'POST',
      `/v1/authorizations/${pendedId}/appeal`,
      {
        token: running.coordinator,
        rawBody: '{"reason": ',
      },
    );
    expect(malformed.status).toBe(400);
    for (const [query, parameter] of [
      ['status=lost', 'status'],
      ['referralId=42', 'referralId'],
      ['cursor=%25%25%25', 'cursor'],
      ['limit=0', 'limit'],
      ['limit=1000', 'limit'],
    ]) {
      const response = await call<Json>('GET', `/v1/authorizations?${query}`, running.coordinator);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.body['errors']).toEqual([expect.objectContaining({ parameter })]);
    }
  });

  it('refuses a move the lifecycle does not allow with 409', async () => {
    const appeal = await call<Json>(
      'POST',
      `/v1/authorizations/${pendedId}/appeal`,
      running.coordinator,
      { reason: 'x' },
    );
    expect([appeal.status, appeal.body['code'], appeal.body['requestStatus']]).toEqual([
      409,
      'AUTHORIZATION.ILLEGAL_TRANSITION',
      'pended',
    ]);
  });

  it('lists requests newest first, a page at a time, by referral and status', async () => {
    // One at a time: referrals of different patients may be consumed in any order.
    const ids: string[] = [];
    for (const referral of [anAcceptedReferral(), anAcceptedReferral(), anAcceptedReferral()]) {
      await running.accept(referral);
      const [request] = await running.requestsOf(referral.referralId);
      await running.untilStatus(request!.id, 'approved');
      ids.push(request!.id);
    }
    const first = await call<{ items: Json[]; nextCursor: string | null }>(
      'GET',
      '/v1/authorizations?status=approved&limit=2',
      running.coordinator,
    );
    expect(first.status).toBe(200);
    expect(first.body.items.map((item) => item['id'])).toEqual([ids[2], ids[1]]);
    const second = await call<{ items: Json[]; nextCursor: string | null }>(
      'GET',
      `/v1/authorizations?status=approved&limit=2&cursor=${first.body.nextCursor}`,
      running.coordinator,
    );
    expect(second.body.items.map((item) => item['id'])).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();
    const byReferral = await call<{ items: Json[] }>(
      'GET',
      `/v1/authorizations?referralId=${referralId}`,
      running.coordinator,
    );
    expect(byReferral.body.items).toEqual([
      expect.objectContaining({
        id: pendedId,
        status: 'pended',
        hcpcs: 'J1459',
        requestedUnits: 504,
        authorizedUnits: null,
      }),
    ]);
  });

  it('cancels a pended request for a coordinator, at the payer too, and audits every route it served', async () => {
    const cancelled = await call<Json>(
      'POST',
      `/v1/authorizations/${pendedId}/cancel`,
      running.coordinator,
      {
        reason: 'Prescriber changed the therapy.',
      },
    );
    expect([cancelled.status, cancelled.body['status']]).toEqual([200, 'cancelled']);
    const [event] = await running.eventsOf(pendedId, AuthorizationCancelled.type);
    expect(event!.data).toMatchObject({
      reason: 'Prescriber changed the therapy.',
      cancelledBy: 'ic-24',
    });
    const sent = await running.eventually('the PAS cancellation', () =>
      Promise.resolve(running.payer.cancellationsOf(pendedId)[0]),
    );
    expect(JSON.stringify((sent.body['entry'] as Json[])[0])).toContain('"code":"3"');
    const again = await call<Json>(
      'POST',
      `/v1/authorizations/${pendedId}/cancel`,
      running.coordinator,
      {},
    );
    expect(again.status).toBe(409);

    await call('GET', `/v1/authorizations/${pendedId}`, running.coordinator);
    await call('GET', `/v1/authorizations/${pendedId}/request-bundle`, running.coordinator);
    await call('GET', `/v1/referrals/${referralId}/authorizations`, running.coordinator);
    const audit = await queryTestDatabase<{
      action: string;
      outcome: string;
      patient_id: string | null;
    }>(
      `SELECT DISTINCT action, outcome, patient_id FROM "${running.service.schema}".audit_log
        WHERE actor_subject = 'ic-24' AND (resource_id = $1 OR resource_id = $2) ORDER BY action, outcome`,
      [pendedId, referralId],
    );
    const patientId = (await running.untilStatus(pendedId, 'cancelled')).patientId;
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'authorization.cancel', outcome: 'success', patient_id: patientId },
        { action: 'authorization.cancel', outcome: 'failed', patient_id: null },
        { action: 'authorization.read', outcome: 'success', patient_id: patientId },
        { action: 'authorization.bundle.read', outcome: 'success', patient_id: patientId },
        { action: 'authorization.referral.read', outcome: 'success', patient_id: patientId },
        { action: 'authorization.appeal', outcome: 'failed', patient_id: null },
      ]),
    );
    const listed = await queryTestDatabase<{ count: string }>(
      `SELECT count(*) FROM "${running.service.schema}".audit_log WHERE actor_subject = 'ic-24' AND action = 'authorization.list'`,
    );
    expect(Number(listed[0]!.count)).toBeGreaterThan(0);
  });
});
