import { type ProblemDocument } from '@infuse/http';
import { startTestApp, type TestApp } from '@infuse/app-testing';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { type WorkQueueItem } from '../src/list-referrals/list-referrals.query';
import { ReferralsModule } from '../src/referrals.module';
import { referralsService } from '../src/referrals.service';
import { type ReferralSummary } from '../src/referral-summary';
import { referralForNewPatient, withoutLab } from './referral-fixture';

type Page = { items: WorkQueueItem[]; nextCursor: string | null };

describe('GET /v1/referrals: the work queue', () => {
  let service: TestApp;
  let coordinator: string;
  const created: ReferralSummary[] = [];

  beforeAll(async () => {
    service = await startTestApp(referralsService, (env) => ReferralsModule.register(env));
    coordinator = await tokenFor('intake_coordinator', 'ic-4');
    for (const pending of [false, true, false, true, false]) {
      const body = referralForNewPatient((referral) =>
        pending ? withoutLab(referral, 'IgG') : undefined,
      );
      created.push(
        (await service.http.post<ReferralSummary>('/v1/referrals', body, coordinator)).body,
      );
    }
  });

  afterAll(async () => {
    await service.close();
  });

  const list = (query: string) =>
    service.http.get<Page & ProblemDocument>(`/v1/referrals${query}`, coordinator);

  it('lists newest first, a page at a time, until there is no next cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const page: Awaited<ReturnType<typeof list>> = await list(
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(created.map((referral) => referral.id).reverse());
  });

  it('filters by status', async () => {
    const page = await list('?status=pending_documents');
    expect(page.body.items.map((item) => item.id)).toEqual([created[3]!.id, created[1]!.id]);
    expect(page.body.items[0]).toMatchObject({
      status: 'pending_documents',
      missing: ['lab:IgG'],
      therapy: 'IVIG',
      diagnosisCode: 'D83.9',
    });
  });

  it('finds a patient by part of the name or by MRN', async () => {
    const [item] = (await list('')).body.items.filter((entry) => entry.id === created[2]!.id);
    const byName = await list(
      `?q=${encodeURIComponent(item!.patient.lastName.slice(0, 12).toLowerCase())}`,
    );
    expect(byName.body.items.map((entry) => entry.id)).toContain(created[2]!.id);
    const byMrn = await list(`?q=${item!.patient.mrn}`);
    expect(byMrn.body.items.map((entry) => entry.id)).toEqual([created[2]!.id]);
    expect((await list('?q=%25')).body.items).toEqual([]);
  });

  it('shows who pays, and filters by payer or by no insurance', async () => {
    // Its own coordinator, so the audit test's count of ic-4's submissions stays.
    const other = await tokenFor('intake_coordinator', 'ic-5');
    const payerId = `payer-${Date.now().toString(36)}`;
    const submit = async (change: (referral: Record<string, unknown>) => void) =>
      (
        await service.http.post<ReferralSummary>(
          '/v1/referrals',
          referralForNewPatient((referral) => change(referral.insurance)),
          other,
        )
      ).body.id;
    const insured = await submit((insurance) => {
      insurance['payerId'] = payerId;
      insurance['payerName'] = 'Lakeside Mutual';
    });
    const uninsured = await submit((insurance) => {
      insurance['planType'] = 'uninsured';
      delete insurance['payerId'];
      delete insurance['payerName'];
      delete insurance['memberId'];
      delete insurance['groupNumber'];
    });

    const byPayer = await list(`?payer=${payerId}`);
    expect(byPayer.body.items.map((item) => item.id)).toEqual([insured]);
    expect(byPayer.body.items[0]?.insurance).toEqual({
      planType: 'commercial',
      payerId,
      payerName: 'Lakeside Mutual',
    });
    const withoutInsurance = await list('?payer=uninsured');
    expect(withoutInsurance.body.items.map((item) => item.id)).toEqual([uninsured]);
    expect(withoutInsurance.body.items[0]?.insurance).toEqual({
      planType: 'uninsured',
      payerId: null,
      payerName: null,
    });
    expect((await list(`?payer=${payerId}-other`)).body.items).toEqual([]);
  });

  it.each([
    ['?status=lost', 'status'],
    ['?payer=', 'payer'],
    ['?limit=0', 'limit'],
    ['?limit=many', 'limit'],
    ['?cursor=bm90LWEtY3Vyc29y', 'cursor'],
  ])('answers %s with 400 naming the parameter', async (query, parameter) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ parameter, detail: expect.any(String) }]);
  });

  it('is closed to pharmacists and payers', async () => {
    for (const token of [
      await tokenFor('pharmacist', 'ph-1'),
      await tokenFor('payer', 'rev-1', 'acme-health'),
    ]) {
      expect((await service.http.get('/v1/referrals', token)).status).toBe(403);
    }
  });

  it('audits a work-queue page as one read of each referral it shows, with its patient', async () => {
    const page = await list('?status=pending_documents');
    const rows = await queryTestDatabase<{ resource_id: string; patient_id: string }>(
      `SELECT resource_id, patient_id FROM "${service.schema}".audit_log
        WHERE action = 'referral.list' AND outcome = 'success' AND request_id = $1 ORDER BY id`,
      [page.headers.get('x-request-id')],
    );
    expect(rows).toEqual(
      page.body.items.map((item) => ({ resource_id: item.id, patient_id: item.patientId })),
    );
    expect(rows).toHaveLength(2);
  });

  it('audits every read and change with the coordinator, action and outcome', async () => {
    await service.http.get(`/v1/referrals/${created[0]!.id}`, coordinator);
    const rows = await queryTestDatabase<{ action: string; outcome: string; n: string }>(
      `SELECT action, outcome, count(*) AS n FROM "${service.schema}".audit_log WHERE actor_subject = 'ic-4' GROUP BY action, outcome ORDER BY action`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'referral.create', outcome: 'success', n: '5' },
        { action: 'referral.read', outcome: 'success', n: '1' },
        { action: 'referral.list', outcome: 'success', n: expect.any(String) },
        { action: 'referral.list', outcome: 'failed', n: expect.any(String) },
      ]),
    );
  });
});
