import { randomUUID } from 'node:crypto';
import {
  AuthorizationAppealed,
  AuthorizationApproved,
  AuthorizationDenied,
  AuthorizationPended,
  FollowUpDue,
} from '@infuse/contracts';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { PayerSubscriptions } from '../src/submission/payer-subscriptions';
import { approvedBundle, type Answered, deniedBundle, notificationBundle } from './pas-answers';
import { type PriorAuthTestService, startPriorAuthService } from './prior-auth-test-service';
import { anAcceptedReferral } from './referral-builder';

type Json = Record<string, unknown>;

const CLAIM_SYSTEM = 'urn:infuse:authorization-request';
const HOUR_MS = 3_600_000;

describe('prior-auth: pended requests followed to their decision', () => {
  let running: PriorAuthTestService;

  beforeAll(async () => {
    running = await startPriorAuthService('ic-22');
  });

  afterAll(async () => {
    await running.stop();
  });

  /** A request the payer pended, as its payer's answer left it. */
  async function pendedRequest(): Promise<{ id: string; answered: Answered; acceptance: string }> {
    const referral = anAcceptedReferral();
    running.payer.answer(referral.insurance.memberId!, { answer: 'pend' });
    const acceptance = await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    await running.untilStatus(opened!.id, 'pended');
    return {
      id: opened!.id,
      answered: { claimSystem: CLAIM_SYSTEM, claimValue: opened!.id, itemSequence: 1 },
      acceptance,
    };
  }

  function notify(notification: Json, token: string | undefined) {
    return running.service.http.request<Json>('POST', '/fhir/notifications', {
      rawBody: JSON.stringify(notification),
      headers: { 'content-type': 'application/fhir+json' },
      ...(token ? { token } : {}),
    });
  }

  it('subscribes with every payer once, for rest-hook notifications to its own endpoint', async () => {
    const subscriptions = () =>
      running.payer.requests.filter((request) => request.path === '/fhir/Subscription');
    const rows = await waitForRows(
      `SELECT payer_id, endpoint, status, subscription_id FROM "${running.service.schema}".payer_subscription ORDER BY payer_id`,
      3,
      (row) => row['status'] === 'active',
    );
    expect(rows).toEqual(
      ['acme-health', 'northwind-medicare', 'state-medicaid'].map((payerId) => ({
        payer_id: payerId,
        endpoint: 'http://127.0.0.1:3002/fhir/notifications',
        status: 'active',
        subscription_id: 'sub-infuse',
      })),
    );
    expect(subscriptions()[0]!.body).toMatchObject({
      resourceType: 'Subscription',
      criteria: 'http://hl7.org/fhir/us/davinci-pas/SubscriptionTopic/PASSubscriptionTopic',
      // For the pharmacy's own requests: its NPI (the default PHARMACY_NPI).
      _criteria: {
        extension: [
          {
            url: 'http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-filter-criteria',
            valueString: 'orgIdentifier=1745839021',
          },
        ],
      },
      channel: {
        type: 'rest-hook',
        endpoint: 'http://127.0.0.1:3002/fhir/notifications',
        payload: 'application/fhir+json',
      },
    });
    // Another boot (a restart, a second instance) asks no payer again.
    await running.service.app.get(PayerSubscriptions).onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(subscriptions()).toHaveLength(3);
  });

  it('pends with the payer’s turnaround, then applies the decision a notification brings, once', async () => {
    const { id, answered, acceptance } = await pendedRequest();
    const [pended] = await running.eventsOf(id, AuthorizationPended.type);
    // The payer's answer to the submission the acceptance began.
    expect(pended!.headers['ce_causationid']).toBe(acceptance);
    const { respondBy, pendedAt } = pended!.data as { respondBy: string; pendedAt: string };
    // Acme's standard turnaround in the payer directory: 120 hours.
    expect(Date.parse(respondBy) - Date.parse(pendedAt)).toBe(120 * HOUR_MS);

    const acme = await tokenFor('payer', 'acme-gateway', 'acme-health');
    const notification = notificationBundle(
      approvedBundle(answered, {
        authorizationNumber: 'AUTH-ACME-000301',
        period: { start: '2026-12-07', end: '2027-06-06' },
      }),
      1,
    );
    const first = await notify(notification, acme);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(first.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information' }],
    });
    const approved = await running.untilStatus(id, 'approved');
    expect(approved.authorizationNumber).toBe('AUTH-ACME-000301');

    const again = await notify(notification, acme);
    expect(again.status).toBe(200);
    const [approval] = await running.eventsOf(id, AuthorizationApproved.type);
    expect(approval!.data).toMatchObject({
      authorizationNumber: 'AUTH-ACME-000301',
      authorizedUnits: 504,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(
      running.topic
        .all()
        .filter(
          (message) =>
            message.headers['ce_type'] === AuthorizationApproved.type &&
            (message.data as Json)['authorizationId'] === id,
        ),
    ).toHaveLength(1);
    const after = await running.untilStatus(id, 'approved');
    expect(after.exchanges.map((exchange) => [exchange.operation, exchange.decision])).toEqual([
      ['submit', 'A4 pended'],
      ['notification', 'A1 approved'],
    ]);
  });

  it('refuses a notification from another payer, or from anyone but a payer, and nothing changes', async () => {
    const { id, answered } = await pendedRequest();
    const notification = notificationBundle(
      approvedBundle(answered, { authorizationNumber: 'AUTH-NW-1' }),
      1,
    );

    const otherPayer = await notify(
      notification,
      await tokenFor('payer', 'nw-gateway', 'northwind-medicare'),
    );
    expect(otherPayer.status).toBe(404);
    expect(otherPayer.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(otherPayer.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'not-found' }],
    });

    const nurse = await notify(notification, await tokenFor('nurse', 'rn-7'));
    expect(nurse.status).toBe(403);
    expect(nurse.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'forbidden' }],
    });
    expect((await notify(notification, undefined)).status).toBe(401);

    const unchanged = await running.untilStatus(id, 'pended');
    expect(unchanged.exchanges).toHaveLength(1);
  });

  it('answers a body that is no notification with a 4xx OperationOutcome', async () => {
    const acme = await tokenFor('payer', 'acme-gateway', 'acme-health');
    const notJson = await running.service.http.request<Json>('POST', '/fhir/notifications', {
      rawBody: '{ "resourceType": ',
      headers: { 'content-type': 'application/fhir+json' },
      token: acme,
    });
    expect([notJson.status, notJson.body['resourceType']]).toEqual([400, 'OperationOutcome']);
    const claimResponseAlone = await notify({ resourceType: 'Patient', id: 'p' }, acme);
    expect([claimResponseAlone.status, claimResponseAlone.body['resourceType']]).toEqual([
      422,
      'OperationOutcome',
    ]);
  });

  it('applies a notification carrying a NUL character, which no PAS value needs, without it', async () => {
    const { id, answered } = await pendedRequest();
    const acme = await tokenFor('payer', 'acme-gateway', 'acme-health');
    const notification = notificationBundle(
      approvedBundle(answered, { authorizationNumber: 'AUTH-ACME\u0000-000303' }),
      1,
    );
    const response = await notify(notification, acme);
    expect(response.status).toBe(200);
    expect((await running.untilStatus(id, 'approved')).authorizationNumber).toBe(
      'AUTH-ACME-000303',
    );
  });

  it('inquires at the payer for a coordinator, and applies the decision it finds', async () => {
    const { id, answered } = await pendedRequest();
    running.payer.decide(
      id,
      approvedBundle(answered, { authorizationNumber: 'AUTH-ACME-000302', quantity: 432 }),
    );
    const asked = await running.service.http.post<Json>(
      `/v1/authorizations/${id}/inquire`,
      undefined,
      running.coordinator,
    );
    expect(asked.status).toBe(202);
    const approved = await running.untilStatus(id, 'approved');
    expect(approved).toMatchObject({
      authorizationNumber: 'AUTH-ACME-000302',
      authorizedUnits: 432,
    });
    expect(approved.exchanges.at(-1)).toMatchObject({
      operation: 'inquire',
      httpStatus: 200,
      decision: 'A1 approved',
    });
    const inquiry = running.payer.requests
      .filter((request) => request.path === '/fhir/Claim/$inquire')
      .at(-1);
    expect(inquiry!.body).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    // Approved now: there is nothing left to ask.
    const again = await running.service.http.post<Json>(
      `/v1/authorizations/${id}/inquire`,
      undefined,
      running.coordinator,
    );
    expect([again.status, again.body['code']]).toEqual([409, 'AUTHORIZATION.ILLEGAL_TRANSITION']);
  });

  it('inquires when the pended follow-up falls due, and a denial can then be appealed', async () => {
    const { id, answered } = await pendedRequest();
    const [request] = await running.requestsOf(
      (await running.untilStatus(id, 'pended')).referralId,
    );
    running.payer.decide(
      id,
      deniedBundle(answered, { code: 'AA', display: 'Authorization/access restrictions' }),
    );
    const due = await running.publish(
      FollowUpDue,
      {
        taskId: randomUUID(),
        kind: 'authorization_pended',
        referralId: request!.referralId,
        patientId: request!.patientId,
        authorizationId: id,
        dueAt: new Date().toISOString(),
      },
      request!.referralId,
    );
    const denied = await running.untilStatus(id, 'denied');
    expect(denied.denialReasons).toEqual([
      { code: 'AA', display: 'Authorization/access restrictions' },
    ]);
    const [denial] = await running.eventsOf(id, AuthorizationDenied.type);
    expect((denial!.data as Json)['reasons']).toEqual([
      { code: 'AA', display: 'Authorization/access restrictions' },
    ]);
    // Decided by the answer to the inquiry the follow-up's due event led to.
    expect(denial!.headers['ce_causationid']).toBe(due);

    const reason = 'Immunology consult documents recurrent pneumonias despite antibiotics.';
    const appealed = await running.service.http.post<Json>(
      `/v1/authorizations/${id}/appeal`,
      { reason },
      running.coordinator,
    );
    expect([appealed.status, appealed.body['status']]).toEqual([200, 'appealed']);
    const [appeal] = await running.eventsOf(id, AuthorizationAppealed.type);
    expect(appeal!.data).toMatchObject({ reason, appealedBy: 'ic-22', payerId: 'acme-health' });
    expect(appeal!.headers['ce_actor']).toBe('ic-22');
    const twice = await running.service.http.post<Json>(
      `/v1/authorizations/${id}/appeal`,
      { reason },
      running.coordinator,
    );
    expect([twice.status, twice.body['code']]).toEqual([409, 'AUTHORIZATION.ILLEGAL_TRANSITION']);
  });

  async function waitForRows(
    sql: string,
    count: number,
    ready: (row: Json) => boolean,
  ): Promise<Json[]> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const rows = await queryTestDatabase<Json>(sql);
      if (rows.length === count && rows.every(ready)) return rows;
      if (Date.now() > deadline) throw new Error(`rows not ready: ${JSON.stringify(rows)}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
});
