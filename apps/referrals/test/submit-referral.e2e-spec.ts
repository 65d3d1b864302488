import { ReferralAccepted, ReferralDocumentsRequested, ReferralReceived } from '@infuse/contracts';
import { type ProblemDocument } from '@infuse/http';
import { type TestApp } from '@infuse/app-testing';
import { queryTestDatabase, tokenFor, type TopicReader } from '@infuse/testing';
import { type ReferralSummary } from '../src/referral-summary';
import { type ReferralView } from '../src/view-referral/view-referral.query';
import { type ReferralsTestService, startReferralsService } from './referrals-test-service';
import {
  completeReferral,
  daysAgo,
  referralForNewPatient,
  withoutDocument,
  withoutLab,
} from './referral-fixture';

describe('POST /v1/referrals', () => {
  let service: TestApp;
  let topic: TopicReader;
  let coordinator: string;
  let running: ReferralsTestService;

  beforeAll(async () => {
    running = await startReferralsService('ic-1');
    ({ service, topic, coordinator } = running);
  });

  afterAll(async () => {
    await running.stop();
  });

  const submit = (body: unknown, headers: Record<string, string> = {}) =>
    service.http.request<ReferralSummary & ProblemDocument>('POST', '/v1/referrals', {
      token: coordinator,
      json: body,
      headers,
    });

  async function count(table: string): Promise<number> {
    const [row] = await queryTestDatabase<{ count: string }>(
      `SELECT count(*) FROM "${service.schema}".${table}`,
    );
    return Number(row?.count);
  }

  it('accepts the complete fixture and publishes its accepted event with CloudEvents headers', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await service.http.request<ReferralSummary>('POST', '/v1/referrals', {
      token: coordinator,
      json: referralForNewPatient(),
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      patientId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'accepted',
      missing: [],
      offLabel: false,
      createdAt: expect.any(String),
    });
    const { id, patientId } = response.body;
    const [received, accepted] = await Promise.all([
      topic.waitFor(
        (message) =>
          message.headers['ce_type'] === ReferralReceived.type &&
          message.headers['ce_correlationid'] === id,
      ),
      topic.waitFor(
        (message) =>
          message.headers['ce_type'] === ReferralAccepted.type &&
          message.headers['ce_correlationid'] === id,
      ),
    ]);
    expect(received).toHaveLength(1);
    const event = accepted[0]!;
    expect(event.key).toBe(patientId);
    expect(event.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ce_type: 'org.infuse.referral.accepted.v1',
      ce_source: '/infuse/referrals',
      ce_subject: patientId,
      ce_time: expect.any(String),
      'content-type': 'application/json',
      ce_correlationid: id,
    });
    // The request's trace continues into the events it caused.
    expect(event.headers['ce_traceparent']).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    const data = ReferralAccepted.schema.parse(event.data);
    expect(data.documents).toHaveLength(4);
    expect(JSON.stringify(event.data)).not.toContain('contentBase64');
    // Labs and documents as submitted, in that order: as the referral reads back.
    expect(data.labs.map((lab) => lab.code)).toEqual(['IgG', 'IgA', 'BUN', 'creatinine']);
    const view = await service.http.get<ReferralView>(`/v1/referrals/${id}`, coordinator);
    expect(view.body.labs).toEqual(data.labs);
    expect(view.body.documents).toEqual(data.documents);
    // Received comes before accepted on the patient's partition.
    expect(BigInt(received[0]!.offset)).toBeLessThan(BigInt(event.offset));
  });

  it('takes the fixture file exactly as written', async () => {
    const response = await submit(completeReferral());
    expect(response.status).toBe(201);
    // Its labs were drawn on a fixed day, so whether BUN and creatinine are fresh depends on today.
    expect(response.body.missing.every((code) => /^lab:(BUN|creatinine):stale$/.test(code))).toBe(
      true,
    );
  });

  it.each<[string, (referral: ReturnType<typeof referralForNewPatient>) => void, string[]]>([
    [
      'documents and labs it lacks',
      (referral) => {
        withoutDocument(referral, 'prescription');
        withoutLab(referral, 'IgG');
      },
      ['document:prescription', 'lab:IgG'],
    ],
    [
      'renal labs collected over 30 days before submission [PH2]',
      (referral) => {
        for (const lab of referral.labs) lab['collectedOn'] = daysAgo(31);
      },
      ['lab:BUN:stale', 'lab:creatinine:stale'],
    ],
    [
      'a nerve study for CIDP, and no IgG',
      (referral) => {
        referral.order['diagnosisCode'] = 'G61.81';
        referral.order['doseGramsPerKg'] = 2;
        referral.order['infusionDays'] = 2;
        withoutLab(referral, 'IgG');
      },
      ['document:nerve_study'],
    ],
    ['IgA for a new start', (referral) => withoutLab(referral, 'IgA'), ['lab:IgA']],
    [
      'BUN and creatinine always',
      (referral) => {
        withoutLab(referral, 'BUN');
        withoutLab(referral, 'creatinine');
      },
      ['lab:BUN', 'lab:creatinine'],
    ],
  ])('holds a referral missing %s as pending_documents', async (_case, change, missing) => {
    const response = await submit(referralForNewPatient(change));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'pending_documents', missing });
    const [requested] = await topic.waitFor(
      (message) =>
        message.headers['ce_type'] === ReferralDocumentsRequested.type &&
        message.headers['ce_correlationid'] === response.body.id,
    );
    expect(ReferralDocumentsRequested.schema.parse(requested!.data).missing).toEqual(missing);
  });

  it('needs no insurance card, payer or member for an uninsured patient', async () => {
    const response = await submit(
      referralForNewPatient((referral) => {
        referral.insurance = { planType: 'uninsured' };
        withoutDocument(referral, 'insurance_card');
      }),
    );
    expect(response.body).toMatchObject({ status: 'accepted', missing: [] });
  });

  it('accepts a diagnosis outside the labelled indications as off-label', async () => {
    const response = await submit(
      referralForNewPatient((referral) => (referral.order['diagnosisCode'] = 'L40.0')),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'accepted', offLabel: true });
  });

  it('answers a retry with the same Idempotency-Key and body with the first response, creating nothing', async () => {
    const body = referralForNewPatient();
    const first = await submit(body, { 'Idempotency-Key': 'retry-key-1' });
    const referralsBefore = await count('referral');
    const outboxBefore = await count('outbox');
    const retry = await submit(JSON.parse(JSON.stringify(body)) as unknown, {
      'Idempotency-Key': 'retry-key-1',
    });

    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await count('referral')).toBe(referralsBefore);
    expect(await count('outbox')).toBe(outboxBefore);
  });

  it('refuses the same Idempotency-Key with a different body with 422', async () => {
    await submit(referralForNewPatient(), { 'Idempotency-Key': 'retry-key-2' });
    const referralsBefore = await count('referral');
    const response = await submit(referralForNewPatient(), { 'Idempotency-Key': 'retry-key-2' });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      type: 'urn:infuse:problem:idempotency-key-reused',
      status: 422,
      code: 'IDEMPOTENCY.KEY_REUSED',
    });
    expect(await count('referral')).toBe(referralsBefore);
  });

  it('refuses a malformed Idempotency-Key with 400 naming the header', async () => {
    const response = await submit(referralForNewPatient(), {
      'Idempotency-Key': 'spaces are not allowed',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { header: 'Idempotency-Key', detail: expect.any(String) },
    ]);
  });

  it('answers 409 naming the open referral for the same patient and therapy, by MRN or by name and birth date', async () => {
    const body = referralForNewPatient();
    const first = await submit(body);

    const sameMrn = await submit({ ...body, patient: { ...body.patient, firstName: 'Marin' } });
    expect(sameMrn.status).toBe(409);
    expect(sameMrn.body).toMatchObject({
      code: 'REFERRAL.DUPLICATE',
      existingReferralId: first.body.id,
    });

    const sameNameAndBirth = await submit({
      ...body,
      patient: { ...body.patient, mrn: undefined },
    });
    expect(sameNameAndBirth.status).toBe(409);
    expect(sameNameAndBirth.body).toMatchObject({ existingReferralId: first.body.id });

    const otherTherapy = await submit({
      ...body,
      order: { ...body.order, therapy: 'SCIG', doseGramsPerKg: 0.1, intervalDays: 7 },
    });
    expect(otherTherapy.status).toBe(201);
    expect(otherTherapy.body.patientId).toBe(first.body.patientId);
  });

  it('refuses a nurse with 403', async () => {
    const response = await service.http.post(
      '/v1/referrals',
      referralForNewPatient(),
      await tokenFor('nurse', 'rn-1'),
    );
    expect(response.status).toBe(403);
  });
});
