import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { type ReferralSummary } from '../src/referral-summary';
import { type DocumentContentsView } from '../src/view-referral/document-contents.controller';
import { type ReferralView } from '../src/view-referral/view-referral.query';
import { referralForNewPatient, withoutDocument } from './referral-fixture';
import { type ReferralsTestService, startReferralsService } from './referrals-test-service';

// Prior authorization sends a referral's documents inline to the payer: it reads them all in one
// request, with the checks and the audit of the single document's read.
describe('referrals: every document of a referral in one read', () => {
  let running: ReferralsTestService;

  beforeAll(async () => {
    running = await startReferralsService('ic-7');
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

  const contentsPath = (referralId: string) => `/v1/referrals/${referralId}/documents/contents`;

  async function documentReads(resourceId: string) {
    return queryTestDatabase<{
      actor_subject: string;
      actor_role: string;
      outcome: string;
      patient_id: string | null;
    }>(
      `SELECT actor_subject, actor_role, outcome, patient_id FROM "${running.service.schema}".audit_log
        WHERE action = 'referral.document.read' AND resource_id = $1 ORDER BY id`,
      [resourceId],
    );
  }

  it('gives prior-auth every document with its bytes, in the referral’s order, the read audited once with the patient', async () => {
    const body = referralForNewPatient();
    const referral = await submit(body);
    const priorAuth = await tokenFor('service', 'prior-auth');
    const response = await running.service.http.get<DocumentContentsView>(
      contentsPath(referral.id),
      priorAuth,
    );
    expect(response.status).toBe(200);

    const view = await running.service.http.get<ReferralView>(
      `/v1/referrals/${referral.id}`,
      running.coordinator,
    );
    expect(response.body.referralId).toBe(referral.id);
    expect(response.body.patientId).toBe(referral.patientId);
    expect(response.body.documents).toHaveLength(body.documents.length);
    expect(response.body.documents).toEqual(
      view.body.documents.map((document, index) => ({
        documentId: document.documentId,
        type: document.type,
        title: document.title,
        contentType: document.contentType,
        contentBase64: body.documents[index]!['contentBase64'],
      })),
    );
    expect(await documentReads(referral.id)).toEqual([
      {
        actor_subject: 'prior-auth',
        actor_role: 'service',
        outcome: 'success',
        patient_id: referral.patientId,
      },
    ]);
  });

  it('refuses other services, and hides from a pharmacist a referral intake has not accepted', async () => {
    const pending = await submit(
      referralForNewPatient((body) => withoutDocument(body, 'insurance_card')),
    );
    expect(pending.status).toBe('pending_documents');
    const http = running.service.http;
    expect(
      (await http.get(contentsPath(pending.id), await tokenFor('service', 'pharmacy'))).status,
    ).toBe(403);
    expect(
      (await http.get(contentsPath(pending.id), await tokenFor('pharmacist', 'rph-7'))).status,
    ).toBe(404);
    expect((await http.get(contentsPath(pending.id), await tokenFor('nurse', 'rn-7'))).status).toBe(
      403,
    );
    // The coordinator working on it reads it.
    const coordinatorRead = await http.get<DocumentContentsView>(
      contentsPath(pending.id),
      running.coordinator,
    );
    expect(coordinatorRead.status).toBe(200);
    expect(coordinatorRead.body.documents.length).toBeGreaterThan(0);
    expect(
      (await documentReads(pending.id)).map((row) => [row.actor_subject, row.outcome]),
    ).toEqual([
      ['pharmacy', 'denied'],
      ['rph-7', 'denied'],
      ['rn-7', 'denied'],
      ['ic-7', 'success'],
    ]);
  });

  it('answers 404, audited as denied, for a referral that does not exist', async () => {
    const http = running.service.http;
    const missingId = '6f1c2a8e-3b7d-4c1e-9a55-2d8f0b7e4c11';
    const priorAuth = await tokenFor('service', 'prior-auth');
    expect((await http.get(contentsPath(missingId), priorAuth)).status).toBe(404);
    expect((await http.get(contentsPath('not-a-referral-id'), priorAuth)).status).toBe(404);
    expect((await documentReads(missingId)).map((row) => row.outcome)).toEqual(['denied']);
  });
});
