import {
  ReferralAccepted,
  ReferralCancelled,
  ReferralDocumentAdded,
  ReferralDocumentsRequested,
  ReferralLabAdded,
  ReferralRejected,
} from '@infuse/contracts';
import { type ProblemDocument } from '@infuse/http';
import { type TestApp } from '@infuse/app-testing';
import { queryTestDatabase, tokenFor, type TopicReader } from '@infuse/testing';
import { type ReferralSummary } from '../src/referral-summary';
import { type ReferralView } from '../src/view-referral/view-referral.query';
import { type ReferralsTestService, startReferralsService } from './referrals-test-service';
import { daysAgo, referralForNewPatient, withoutDocument, withoutLab } from './referral-fixture';

describe('changing a referral', () => {
  let service: TestApp;
  let topic: TopicReader;
  let coordinator: string;
  let running: ReferralsTestService;

  beforeAll(async () => {
    running = await startReferralsService('ic-3');
    ({ service, topic, coordinator } = running);
  });

  afterAll(async () => {
    await running.stop();
  });

  const post = <Body = ReferralSummary & ProblemDocument>(path: string, json?: unknown) =>
    service.http.request<Body>('POST', path, {
      token: coordinator,
      ...(json === undefined ? {} : { json }),
    });

  async function pendingReferral(): Promise<ReferralSummary> {
    const body = referralForNewPatient((referral) => {
      withoutDocument(referral, 'prescription');
      withoutLab(referral, 'IgG');
    });
    return (await post('/v1/referrals', body)).body;
  }

  const eventsOf = (referralId: string, type: string) =>
    topic.waitFor(
      (message) =>
        message.headers['ce_type'] === type && message.headers['ce_correlationid'] === referralId,
    );

  it('accepts a referral once the missing document and lab arrive, recording each step', async () => {
    const referral = await pendingReferral();
    expect(referral.missing).toEqual(['document:prescription', 'lab:IgG']);

    const afterDocument = await post<ReferralSummary & { documentId: string }>(
      `/v1/referrals/${referral.id}/documents`,
      {
        type: 'prescription',
        title: 'Signed IVIG order',
        contentType: 'application/pdf',
        contentBase64: 'JVBERi0xLjQK',
      },
    );
    expect(afterDocument.status).toBe(201);
    expect(afterDocument.body).toMatchObject({
      status: 'pending_documents',
      missing: ['lab:IgG'],
      documentId: expect.any(String),
    });

    const afterLab = await post(`/v1/referrals/${referral.id}/labs`, {
      code: 'IgG',
      value: 290,
      unit: 'mg/dL',
      collectedOn: daysAgo(2),
    });
    expect(afterLab.status).toBe(201);
    expect(afterLab.body).toMatchObject({ status: 'accepted', missing: [] });

    const view = await service.http.get<ReferralView>(`/v1/referrals/${referral.id}`, coordinator);
    expect(view.body.history.map(({ status, missing }) => [status, missing])).toEqual([
      ['pending_documents', ['document:prescription', 'lab:IgG']],
      ['pending_documents', ['lab:IgG']],
      ['accepted', []],
    ]);
    expect(view.body.labs.filter((lab) => lab.code === 'IgG')).toEqual([
      { code: 'IgG', value: 290, unit: 'mg/dL', collectedOn: daysAgo(2) },
    ]);

    const requested = await eventsOf(referral.id, ReferralDocumentsRequested.type);
    expect(requested.map((message) => (message.data as { missing: string[] }).missing)).toEqual([
      ['document:prescription', 'lab:IgG'],
      ['lab:IgG'],
    ]);
    const [accepted] = await eventsOf(referral.id, ReferralAccepted.type);
    const acceptedData = ReferralAccepted.schema.parse(accepted!.data);
    // The event lists labs and documents as the referral reads: submitted ones, then additions.
    expect(acceptedData.labs).toEqual(view.body.labs);
    expect(acceptedData.labs.at(-1)).toMatchObject({ code: 'IgG', value: 290 });
    expect(acceptedData.documents).toEqual(view.body.documents);
    expect(acceptedData.documents.at(-1)).toMatchObject({
      documentId: afterDocument.body.documentId,
      type: 'prescription',
    });
    // Each arrival is announced too, before the acceptance it led to.
    const [documentAdded] = await eventsOf(referral.id, ReferralDocumentAdded.type);
    expect(ReferralDocumentAdded.schema.parse(documentAdded!.data)).toMatchObject({
      document: { documentId: afterDocument.body.documentId, type: 'prescription' },
      addedBy: 'ic-3',
    });
    const [labAdded] = await eventsOf(referral.id, ReferralLabAdded.type);
    expect(ReferralLabAdded.schema.parse(labAdded!.data).lab).toEqual({
      code: 'IgG',
      value: 290,
      unit: 'mg/dL',
      collectedOn: daysAgo(2),
    });
    expect(BigInt(labAdded!.offset)).toBeLessThan(BigInt(accepted!.offset));

    const content = await service.http.get<string>(
      `/v1/referrals/${referral.id}/documents/${afterDocument.body.documentId}/content`,
      coordinator,
    );
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('application/pdf');
    const documentReads = await queryTestDatabase<{ resource_id: string; patient_id: string }>(
      `SELECT resource_id, patient_id FROM "${service.schema}".audit_log WHERE action = 'referral.document.read' AND outcome = 'success'`,
    );
    expect(documentReads).toEqual([{ resource_id: referral.id, patient_id: referral.patientId }]);

    // Prior authorization reads it with its service identity; no other service may.
    const contentPath = `/v1/referrals/${referral.id}/documents/${afterDocument.body.documentId}/content`;
    expect(
      (await service.http.get(contentPath, await tokenFor('service', 'prior-auth'))).status,
    ).toBe(200);
    expect(
      (await service.http.get(contentPath, await tokenFor('service', 'pharmacy'))).status,
    ).toBe(403);
    const serviceReads = await queryTestDatabase<{ actor_subject: string; outcome: string }>(
      `SELECT actor_subject, outcome FROM "${service.schema}".audit_log WHERE action = 'referral.document.read' AND actor_role = 'service' ORDER BY id`,
    );
    expect(serviceReads).toEqual([
      { actor_subject: 'prior-auth', outcome: 'success' },
      { actor_subject: 'pharmacy', outcome: 'denied' },
    ]);
  });

  it('still accepts documents on an accepted referral without taking acceptance back', async () => {
    const accepted = (await post('/v1/referrals', referralForNewPatient())).body;
    const response = await post(`/v1/referrals/${accepted.id}/documents`, {
      type: 'vaccine_response',
      title: 'Pneumococcal titers',
      contentType: 'text/plain',
      contentBase64: 'dGl0ZXJz',
    });
    expect(response.body).toMatchObject({ status: 'accepted', missing: [] });
    const [added] = await eventsOf(accepted.id, ReferralDocumentAdded.type);
    expect(added!.data).toMatchObject({
      document: { type: 'vaccine_response', title: 'Pneumococcal titers' },
    });
  });

  it('rejects a pending referral with its reason and publishes the rejection', async () => {
    const referral = await pendingReferral();
    const response = await post(`/v1/referrals/${referral.id}/reject`, {
      reason: 'Outside our nursing service area',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'rejected' });
    const [event] = await eventsOf(referral.id, ReferralRejected.type);
    expect(event!.data).toMatchObject({
      reason: 'Outside our nursing service area',
      rejectedBy: 'ic-3',
    });
  });

  it('refuses to reject an accepted referral, and to change a closed one, with 409', async () => {
    const accepted = (await post('/v1/referrals', referralForNewPatient())).body;
    const rejection = await post(`/v1/referrals/${accepted.id}/reject`, {
      reason: 'Changed our mind',
    });
    expect(rejection.status).toBe(409);
    expect(rejection.body).toMatchObject({ code: 'REFERRAL.ALREADY_ACCEPTED' });

    expect(
      (
        await post(`/v1/referrals/${accepted.id}/cancel`, {
          reason: 'Prescriber withdrew the order',
        })
      ).body,
    ).toMatchObject({ status: 'cancelled' });
    const [event] = await eventsOf(accepted.id, ReferralCancelled.type);
    expect(event!.data).toMatchObject({
      reason: 'Prescriber withdrew the order',
      cancelledBy: 'ic-3',
    });

    for (const [path, body] of [
      ['cancel', undefined],
      ['reject', { reason: 'again' }],
      ['labs', { code: 'IgG', value: 300, unit: 'mg/dL', collectedOn: daysAgo(1) }],
    ] as const) {
      const response = await post(`/v1/referrals/${accepted.id}/${path}`, body);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'REFERRAL.NOT_OPEN' });
    }
  });

  it('lets a new referral in for a patient whose earlier one was cancelled', async () => {
    const body = referralForNewPatient();
    const first = (await post('/v1/referrals', body)).body;
    await post(`/v1/referrals/${first.id}/cancel`);
    const again = await post('/v1/referrals', body);
    expect(again.status).toBe(201);
    expect(again.body.patientId).toBe(first.patientId);
  });

  it.each([
    [
      'a lab with a bad unit',
      'labs',
      { code: 'IgG', value: 300, unit: 'g/L', collectedOn: daysAgo(1) },
      '#/unit',
    ],
    [
      'a document with an unknown type',
      'documents',
      { type: 'selfie', title: 'x', contentType: 'image/png', contentBase64: 'iVBORw0KGgo=' },
      '#/type',
    ],
    ['a rejection without a reason', 'reject', {}, '#/reason'],
  ])('answers %s with 400 naming the field', async (_case, path, body, pointer) => {
    const referral = await pendingReferral();
    const response = await post(`/v1/referrals/${referral.id}/${path}`, body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ pointer, detail: expect.any(String) }]);
  });

  it.each(['00000000-0000-4000-8000-000000000000', 'not-an-id'])(
    'answers 404 for the unknown referral %s',
    async (id) => {
      expect((await service.http.get(`/v1/referrals/${id}`, coordinator)).status).toBe(404);
      expect((await post(`/v1/referrals/${id}/cancel`)).status).toBe(404);
    },
  );
});
