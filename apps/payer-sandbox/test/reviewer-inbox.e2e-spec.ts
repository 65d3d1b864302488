import { JwtVerifier } from '@infuse/auth';
import { BACKPORT_URLS, LAB_LOINC, PAS_SUBSCRIPTION_TOPIC } from '@infuse/pas';
import { queryTestDatabase, TEST_AUTH, tokenFor } from '@infuse/testing';
import { reviewActions } from './claim-response-reading';
import { homeInfusionRequest, isoDay, piLabs } from './home-infusion-request';
import { type SandboxUnderTest, startSandbox } from './payer-sandbox-test-app';
import { SubscriberServer } from './subscriber-server';

type Json = Record<string, unknown>;
interface InboxPage {
  items: { id: string; status: string; payerId: string; patient: { name: string | null } }[];
  nextCursor: string | null;
}

function subscriptionTo(endpoint: string, orgIdentifier?: string): Json {
  return {
    resourceType: 'Subscription',
    status: 'requested',
    reason: 'Final answers for pended prior authorizations',
    criteria: PAS_SUBSCRIPTION_TOPIC,
    ...(orgIdentifier
      ? {
          _criteria: {
            extension: [
              {
                url: BACKPORT_URLS.filterCriteria,
                valueString: `orgIdentifier=${orgIdentifier}`,
              },
            ],
          },
        }
      : {}),
    channel: { type: 'rest-hook', endpoint, payload: 'application/fhir+json' },
  };
}

describe('payer sandbox: the reviewer inbox', () => {
  let sandbox: SandboxUnderTest;
  let subscriber: SubscriberServer;
  let acmeReviewer: string;
  let northwindReviewer: string;

  beforeAll(async () => {
    subscriber = new SubscriberServer();
    await subscriber.start();
    sandbox = await startSandbox();
    acmeReviewer = await sandbox.reviewer('acme-health', 'rev-acme-1');
    northwindReviewer = await sandbox.reviewer('northwind-medicare', 'rev-nw-1');
  });

  afterAll(async () => {
    await sandbox.close();
    await subscriber.stop();
  });

  /** Submits an acme-health request the rule pends (IgG 400) and returns its id. */
  async function pendedAcmeRequest(claimValue: string): Promise<string> {
    const response = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ claimValue, labs: piLabs(400) }),
    );
    expect(reviewActions(response.body)[0]?.code).toBe('A4');
    const [row] = await queryTestDatabase<{ id: string }>(
      `SELECT id FROM "${sandbox.service.schema}".authorization_request WHERE claim_value = $1`,
      [claimValue],
    );
    if (!row) throw new Error('not stored');
    return row.id;
  }

  async function audit(action: string, resourceId?: string) {
    return queryTestDatabase<{
      actor_subject: string;
      outcome: string;
      patient_id: string | null;
      resource_id: string | null;
    }>(
      `SELECT actor_subject, outcome, patient_id, resource_id FROM "${sandbox.service.schema}".audit_log
        WHERE action = $1 ${resourceId ? 'AND resource_id = $2' : ''} ORDER BY id`,
      resourceId ? [action, resourceId] : [action],
    );
  }

  /** The audit row of something acme-health's reviewer did to a request of its member. */
  const acmeReviewerSucceeded = (resourceId: string) => ({
    actor_subject: 'rev-acme-1',
    outcome: 'success',
    patient_id: 'ACM48151623',
    resource_id: resourceId,
  });

  it("lists its own payer's pended requests, oldest first, a page at a time, audited", async () => {
    const first = await pendedAcmeRequest('PA-inbox-1');
    const second = await pendedAcmeRequest('PA-inbox-2');
    await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({
        claimValue: 'PA-inbox-nw',
        payerId: 'northwind-medicare',
        memberId: 'NW7A3K9Q2X',
      }),
    );
    const page = await sandbox.service.http.get<InboxPage>(
      '/v1/requests?status=pended&limit=1',
      acmeReviewer,
    );
    expect(page.status).toBe(200);
    expect(page.body.items.map((item) => item.id)).toEqual([first]);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const next = await sandbox.service.http.get<InboxPage>(
      `/v1/requests?status=pended&limit=100&cursor=${page.body.nextCursor}`,
      acmeReviewer,
    );
    expect(next.body.items.map((item) => item.id)).toEqual([second]);
    expect(next.body.nextCursor).toBeNull();
    expect(next.body.items[0]).toMatchObject({
      payerId: 'acme-health',
      patient: { name: 'Grace Okafor' },
    });
    const northwind = await sandbox.service.http.get<InboxPage>(
      '/v1/requests?status=pended',
      northwindReviewer,
    );
    expect(northwind.body.items.every((item) => item.payerId === 'northwind-medicare')).toBe(true);
    expect(await audit('authorization-request.list', first)).toEqual([
      acmeReviewerSucceeded(first),
    ]);
  });

  it('shows a request with its clinical content, audited', async () => {
    const id = await pendedAcmeRequest('PA-view');
    const response = await sandbox.service.http.get<Json>(`/v1/requests/${id}`, acmeReviewer);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id,
      status: 'pended',
      patient: { name: 'Grace Okafor', birthDate: '1979-11-04', memberId: 'ACM48151623' },
      diagnoses: [{ code: 'D83.9' }],
      product: { codes: ['J1459'], medications: ['Privigen 10% 28 g IV every 28 days'] },
      requestedItems: [
        { sequence: 1, code: 'J1459', units: 48, period: { start: isoDay(3) }, cancelled: false },
      ],
      labs: [
        { code: LAB_LOINC.IgG.code, value: 400, unit: 'mg/dL', date: isoDay(-7) },
        { code: LAB_LOINC.BUN.code, value: 14, unit: 'mg/dL', date: isoDay(-7) },
        { code: LAB_LOINC.creatinine.code, value: 0.8, unit: 'mg/dL', date: isoDay(-7) },
      ],
      documents: [
        { title: 'Signed IVIG prescription', type: 'Prescription', contentType: 'application/pdf' },
      ],
      determination: { outcome: 'pend', reasons: ['IgG 400 mg/dL is not below 200 mg/dL'] },
    });
    expect(await audit('authorization-request.read', id)).toEqual([acmeReviewerSucceeded(id)]);
  });

  it("answers another payer's request as not found, and audits the refusal", async () => {
    const id = await pendedAcmeRequest('PA-other-payer');
    expect((await sandbox.service.http.get(`/v1/requests/${id}`, northwindReviewer)).status).toBe(
      404,
    );
    const decision = await sandbox.service.http.post(
      `/v1/requests/${id}/decision`,
      { decision: 'approve' },
      northwindReviewer,
    );
    expect(decision.status).toBe(404);
    expect((await audit('authorization-request.decide', id)).map((row) => row.outcome)).toEqual([
      'denied',
    ]);
  });

  it('approves a pended request: the stored answer changes and the subscriber is notified with the payer token', async () => {
    const subscribed = await sandbox.fhir<Json>(
      '/fhir/Subscription',
      subscriptionTo(subscriber.url('/pas/approvals')),
    );
    expect(subscribed.status).toBe(201);
    expect(subscribed.body).toMatchObject({
      resourceType: 'Subscription',
      status: 'active',
      id: expect.any(String),
    });
    const claimValue = 'PA-approve';
    const id = await pendedAcmeRequest(claimValue);
    const decided = await sandbox.service.http.post<Json>(
      `/v1/requests/${id}/decision`,
      { decision: 'approve', note: 'IgG trend reviewed' },
      acmeReviewer,
    );
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      id,
      status: 'approved',
      authorizationNumber: expect.stringMatching(/^ACME-\d{8}$/),
      decision: { decision: 'approve', decidedBy: 'rev-acme-1', note: 'IgG trend reviewed' },
      notifiedSubscriptions: 1,
    });

    // A repeated $submit now gets the new answer.
    const repeat = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ claimValue, labs: piLabs(400) }),
    );
    expect(reviewActions(repeat.body)[0]?.code).toBe('A1');

    const [notification] = await subscriber.notificationsAt('/pas/approvals');
    expect(notification).toBeDefined();
    const token = /^Bearer (.+)$/.exec(notification?.headers.authorization ?? '')?.[1] ?? '';
    expect(await new JwtVerifier(TEST_AUTH).verify(token)).toEqual({
      subject: 'payer-sandbox:acme-health',
      role: 'payer',
      payerId: 'acme-health',
    });
    expect(notification?.headers['content-type']).toBe('application/fhir+json');
    expect(notification?.headers['idempotency-key']).toEqual(expect.any(String));
    const body = notification?.body as { type: string; entry: { resource: Json }[] };
    expect(body.type).toBe('history');
    expect(body.entry[0]?.resource).toMatchObject({
      resourceType: 'Parameters',
      parameter: expect.arrayContaining([
        {
          name: 'subscription',
          valueReference: { reference: `Subscription/${String(subscribed.body['id'])}` },
        },
        { name: 'topic', valueCanonical: PAS_SUBSCRIPTION_TOPIC },
      ]),
    });
    expect(body.entry[1]?.resource).toEqual(repeat.body);
    expect(reviewActions(body.entry[1]?.resource)[0]?.code).toBe('A1');

    const delivered = await waitFor(
      () => audit('authorization-request.notify', id),
      (rows) => rows.length > 0,
    );
    expect(delivered).toEqual([acmeReviewerSucceeded(id)]);
    expect(await audit('authorization-request.decide', id)).toEqual([acmeReviewerSucceeded(id)]);
  });

  it('replaces a subscription to the same endpoint instead of adding one', async () => {
    const endpoint = subscriber.url('/pas/again');
    const first = await sandbox.fhir<Json>('/fhir/Subscription', subscriptionTo(endpoint));
    const second = await sandbox.fhir<Json>(
      '/fhir/Subscription',
      subscriptionTo(endpoint, '1548206097'),
    );
    expect(second.body['id']).toBe(first.body['id']);
    const rows = await queryTestDatabase<{ org_identifier: string | null }>(
      `SELECT org_identifier FROM "${sandbox.service.schema}".subscription WHERE endpoint = $1`,
      [endpoint],
    );
    expect(rows).toEqual([{ org_identifier: '1548206097' }]);
  });

  it('refuses a Subscription that is not to the PAS topic over rest-hook, with an OperationOutcome', async () => {
    const response = await sandbox.fhir<{ issue: { expression: string[] }[] }>(
      '/fhir/Subscription',
      {
        ...subscriptionTo('ftp://example.org/x'),
        criteria: 'Claim?',
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.issue.flatMap((issue) => issue.expression)).toEqual([
      'Subscription.criteria',
      'Subscription.channel.endpoint',
    ]);
  });

  it('takes a partial approval with fewer units, and a denial with a reason', async () => {
    const partialId = await pendedAcmeRequest('PA-partial');
    const partial = await sandbox.service.http.post<Json>(
      `/v1/requests/${partialId}/decision`,
      { decision: 'partial', units: 24, period: { start: isoDay(3), end: isoDay(90) } },
      acmeReviewer,
    );
    expect(partial.body).toMatchObject({
      status: 'partial',
      authorizationNumber: expect.stringMatching(/^ACME-/),
    });
    const deniedId = await pendedAcmeRequest('PA-deny');
    const denied = await sandbox.service.http.post<Json>(
      `/v1/requests/${deniedId}/decision`,
      { decision: 'deny', reasonCode: 'OL' },
      acmeReviewer,
    );
    expect(denied.body).toMatchObject({ status: 'denied', authorizationNumber: null });
    const again = await sandbox.service.http.post<Json>(
      `/v1/requests/${deniedId}/decision`,
      { decision: 'approve' },
      acmeReviewer,
    );
    expect(again.status).toBe(409);
  });

  it('keeps a request pended on a pend decision, with the note', async () => {
    const id = await pendedAcmeRequest('PA-pend-again');
    const pend = await sandbox.service.http.post<Json>(
      `/v1/requests/${id}/decision`,
      { decision: 'pend', note: 'Awaiting vaccine titers' },
      acmeReviewer,
    );
    expect(pend.body).toMatchObject({ status: 'pended', notifiedSubscriptions: 0 });
    const view = await sandbox.service.http.get<Json>(`/v1/requests/${id}`, acmeReviewer);
    expect(view.body).toMatchObject({
      status: 'pended',
      decision: { decision: 'pend', note: 'Awaiting vaccine titers' },
    });
  });

  it.each([
    ['a partial approval without units', { decision: 'partial' }, ['#/units']],
    ['a denial without a reason', { decision: 'deny' }, ['#/reasonCode']],
    ['an unknown decision', { decision: 'maybe' }, ['#/decision']],
    [
      'a period ending before it starts',
      { decision: 'approve', period: { start: '2026-05-01', end: '2026-04-01' } },
      ['#/period/end'],
    ],
    ['as many units as requested, in part', { decision: 'partial', units: 48 }, ['#/units']],
  ])('refuses %s with a problem document naming the field', async (_case, body, pointers) => {
    const id = await pendedAcmeRequest(`PA-invalid-${pointers.join('')}-${Math.random()}`);
    const response = await sandbox.service.http.post<{ errors: { pointer: string }[] }>(
      `/v1/requests/${id}/decision`,
      body,
      acmeReviewer,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((error) => error.pointer)).toEqual(pointers);
  });

  it('refuses a provider and a nurse on the inbox', async () => {
    const nurse = await tokenFor('nurse', 'rn-7');
    for (const token of [sandbox.provider, nurse])
      expect((await sandbox.service.http.get('/v1/requests', token)).status).toBe(403);
  });
});

async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
