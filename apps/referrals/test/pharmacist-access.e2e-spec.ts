import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { type ReferralSummary } from '../src/referral-summary';
import { type ReferralView } from '../src/view-referral/view-referral.query';
import { referralForNewPatient, withoutDocument } from './referral-fixture';
import { type ReferralsTestService, startReferralsService } from './referrals-test-service';

// Pharmacists verify each dose against the prescription, so they read accepted referrals and
// their documents here: read-only, and audited like every read.
describe('referrals: what a pharmacist may read', () => {
  let running: ReferralsTestService;
  let pharmacist: string;

  beforeAll(async () => {
    running = await startReferralsService('ic-5');
    pharmacist = await tokenFor('pharmacist', 'rph-4');
  });

  afterAll(async () => {
    await running.stop();
  });

  const submit = async (body = referralForNewPatient()) => {
    const response = await running.service.http.post<ReferralSummary>(
      '/v1/referrals',
      body,
      running.coordinator,
    );
    expect(response.status).toBe(201);
    return response.body;
  };

  const firstDocumentPath = async (referralId: string) => {
    const view = await running.service.http.get<ReferralView>(
      `/v1/referrals/${referralId}`,
      running.coordinator,
    );
    return `/v1/referrals/${referralId}/documents/${view.body.documents[0]!.documentId}/content`;
  };

  async function readsBy(subject: string, resourceId: string) {
    return queryTestDatabase<{
      action: string;
      actor_role: string;
      outcome: string;
      patient_id: string | null;
    }>(
      `SELECT action, actor_role, outcome, patient_id FROM "${running.service.schema}".audit_log
        WHERE actor_subject = $1 AND resource_id = $2 ORDER BY id`,
      [subject, resourceId],
    );
  }

  it('reads an accepted referral and its documents, each read audited with the patient', async () => {
    const referral = await submit();
    expect(referral.status).toBe('accepted');
    const view = await running.service.http.get<ReferralView>(
      `/v1/referrals/${referral.id}`,
      pharmacist,
    );
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ id: referral.id, status: 'accepted' });
    const document = await running.service.http.get(
      await firstDocumentPath(referral.id),
      pharmacist,
    );
    expect(document.status).toBe(200);
    expect(document.headers.get('content-type')).toBe('application/pdf');
    expect(await readsBy('rph-4', referral.id)).toEqual([
      {
        action: 'referral.read',
        actor_role: 'pharmacist',
        outcome: 'success',
        patient_id: referral.patientId,
      },
      {
        action: 'referral.document.read',
        actor_role: 'pharmacist',
        outcome: 'success',
        patient_id: referral.patientId,
      },
    ]);
  });

  it('does not see a referral intake has not accepted, nor its documents', async () => {
    const pending = await submit(
      referralForNewPatient((body) => withoutDocument(body, 'insurance_card')),
    );
    expect(pending.status).toBe('pending_documents');
    expect((await running.service.http.get(`/v1/referrals/${pending.id}`, pharmacist)).status).toBe(
      404,
    );
    expect(
      (await running.service.http.get(await firstDocumentPath(pending.id), pharmacist)).status,
    ).toBe(404);
    expect((await readsBy('rph-4', pending.id)).map((row) => row.outcome)).toEqual([
      'denied',
      'denied',
    ]);
  });

  it('still reads a referral cancelled after acceptance, for the doses already dispensed', async () => {
    const referral = await submit();
    const cancelled = await running.service.http.post(
      `/v1/referrals/${referral.id}/cancel`,
      { reason: 'Patient moved' },
      running.coordinator,
    );
    expect(cancelled.status).toBe(200);
    expect(
      (await running.service.http.get(`/v1/referrals/${referral.id}`, pharmacist)).status,
    ).toBe(200);
  });

  it('changes nothing and lists nothing: every other referral route refuses a pharmacist', async () => {
    const referral = await submit();
    const http = running.service.http;
    expect((await http.get('/v1/referrals', pharmacist)).status).toBe(403);
    expect((await http.post('/v1/referrals', referralForNewPatient(), pharmacist)).status).toBe(
      403,
    );
    expect(
      (
        await http.post(
          `/v1/referrals/${referral.id}/labs`,
          { code: 'IgG', value: 300, unit: 'mg/dL', collectedOn: '2026-11-01' },
          pharmacist,
        )
      ).status,
    ).toBe(403);
    expect((await http.post(`/v1/referrals/${referral.id}/cancel`, {}, pharmacist)).status).toBe(
      403,
    );
    expect(
      (await http.post(`/v1/referrals/${referral.id}/reject`, { reason: 'x' }, pharmacist)).status,
    ).toBe(403);
  });
});
