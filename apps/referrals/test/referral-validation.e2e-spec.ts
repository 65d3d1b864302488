import { type ProblemDocument } from '@infuse/http';
import { startTestApp, type TestApp } from '@infuse/app-testing';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { ReferralsModule } from '../src/referrals.module';
import { referralsService } from '../src/referrals.service';
import { daysAgo, type ReferralBody, referralForNewPatient } from './referral-fixture';

type Change = (referral: ReferralBody) => void;

const lab = (code: string, unit: string, value: number) => ({
  code,
  value,
  unit,
  collectedOn: daysAgo(7),
});
const document = (content: string, contentType = 'application/pdf') => ({
  type: 'other',
  title: 'Scan',
  contentType,
  contentBase64: content,
});
// 10 MB decoded plus one byte: base64 of 10,485,761 bytes.
const justOverTenMegabytes = Buffer.alloc(10 * 1024 * 1024 + 1, 1).toString('base64');

// Each bad input, the pointer(s) the 400 must name.
const BAD_INPUTS: [string, Change, string[]][] = [
  ['a missing last name', (r) => delete r.patient['lastName'], ['#/patient/lastName']],
  ['a missing order', (r) => delete (r as Partial<ReferralBody>).order, ['#/order']],
  ['a malformed date', (r) => (r.patient['dateOfBirth'] = '14/03/1979'), ['#/patient/dateOfBirth']],
  [
    'a date that is not on the calendar',
    (r) => (r.order['startDate'] = '2026-02-30'),
    ['#/order/startDate'],
  ],
  [
    'a date of birth in the future',
    (r) => (r.patient['dateOfBirth'] = daysAgo(-3)),
    ['#/patient/dateOfBirth'],
  ],
  [
    'a lab collected in the future',
    (r) => (r.labs[0]!['collectedOn'] = daysAgo(-1)),
    ['#/labs/0/collectedOn'],
  ],
  [
    'an NPI failing its check digit',
    (r) => (r.prescriber['npi'] = '1234567890'),
    ['#/prescriber/npi'],
  ],
  [
    'a malformed ICD-10 code',
    (r) => (r.order['diagnosisCode'] = 'D839'),
    ['#/order/diagnosisCode'],
  ],
  ['a weight outside human range', (r) => (r.patient['weightKg'] = 900), ['#/patient/weightKg']],
  ['a height outside human range', (r) => (r.patient['heightCm'] = 5), ['#/patient/heightCm']],
  ['a dose above 3 g/kg', (r) => (r.order['doseGramsPerKg'] = 3.5), ['#/order/doseGramsPerKg']],
  ['a dose below 0.1 g/kg', (r) => (r.order['doseGramsPerKg'] = 0.05), ['#/order/doseGramsPerKg']],
  ['an interval over 90 days', (r) => (r.order['intervalDays'] = 91), ['#/order/intervalDays']],
  ['an interval under 1 day', (r) => (r.order['intervalDays'] = 0), ['#/order/intervalDays']],
  ['an unknown therapy', (r) => (r.order['therapy'] = 'PLASMA'), ['#/order/therapy']],
  ['an unknown plan type', (r) => (r.insurance['planType'] = 'gold'), ['#/insurance/planType']],
  [
    'an unknown risk condition',
    (r) => (r.patient['conditions'] = ['renal_impairment', 'renal_impairmnt']),
    ['#/patient/conditions/1'],
  ],
  ['an unknown document type', (r) => (r.documents[1]!['type'] = 'selfie'), ['#/documents/1/type']],
  [
    'a document of another content type',
    (r) => r.documents.push(document('UEsDBA==', 'application/zip')),
    ['#/documents/4/contentType'],
  ],
  [
    'a document over 10 MB',
    (r) => r.documents.push(document(justOverTenMegabytes)),
    ['#/documents/4/contentBase64'],
  ],
  ['a lab in the wrong unit', (r) => (r.labs[0]!['unit'] = 'g/L'), ['#/labs/0/unit']],
  [
    'a NUL character in a name',
    (r) => (r.patient['firstName'] = 'Ma\u0000ren'),
    ['#/patient/firstName'],
  ],
  [
    'an unpaired surrogate in an allergy',
    (r) => (r.patient['allergies'] = ['latex', 'pe\ud800nicillin']),
    ['#/patient/allergies/1'],
  ],
  [
    'a lab collected in year 0',
    (r) => (r.labs[0]!['collectedOn'] = '0000-01-01'),
    ['#/labs/0/collectedOn'],
  ],
  ['an IgG of 1e308', (r) => (r.labs[0]!['value'] = 1e308), ['#/labs/0/value']],
  ['an IgA above 10,000 mg/dL', (r) => (r.labs[1]!['value'] = 12_000), ['#/labs/1/value']],
  ['a BUN of 0', (r) => (r.labs[2]!['value'] = 0), ['#/labs/2/value']],
  [
    'a creatinine in µmol/L written as mg/dL',
    (r) => (r.labs[3]!['value'] = 70.7),
    ['#/labs/3/value'],
  ],
  [
    'an IgM above 10,000 mg/dL',
    (r) => r.labs.push(lab('IgM', 'mg/dL', 25_000)),
    ['#/labs/4/value'],
  ],
  [
    'a hemoglobin of 140 g/dL',
    (r) => r.labs.push(lab('hemoglobin', 'g/dL', 140)),
    ['#/labs/4/value'],
  ],
  [
    'a platelet count per µL written as 10^9/L',
    (r) => r.labs.push(lab('platelets', '10^9/L', 250_000)),
    ['#/labs/4/value'],
  ],
  [
    'a start date years in the past',
    (r) => (r.order['startDate'] = daysAgo(3 * 365)),
    ['#/order/startDate'],
  ],
  ['a start date in 2099', (r) => (r.order['startDate'] = '2099-01-05'), ['#/order/startDate']],
  [
    'a duration of 10,000 months',
    (r) => (r.order['durationMonths'] = 10_000),
    ['#/order/durationMonths'],
  ],
  ['a duration of 0 months', (r) => (r.order['durationMonths'] = 0), ['#/order/durationMonths']],
  [
    'a missing member id on a commercial plan',
    (r) => delete r.insurance['memberId'],
    ['#/insurance/memberId'],
  ],
  [
    'several bad fields at once',
    (r) => {
      r.patient['sex'] = 'robot';
      r.order['intervalDays'] = 365;
      r.prescriber['npi'] = '12345';
    },
    ['#/order/intervalDays', '#/patient/sex', '#/prescriber/npi'],
  ],
];

describe('POST /v1/referrals with bad input', () => {
  let service: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    service = await startTestApp(referralsService, (env) => ReferralsModule.register(env));
    coordinator = await tokenFor('intake_coordinator', 'ic-2');
  });

  afterAll(async () => {
    await service.close();
  });

  async function rowCounts(): Promise<Record<string, string>> {
    const [row] = await queryTestDatabase<Record<string, string>>(
      `SELECT (SELECT count(*) FROM "${service.schema}".referral) AS referrals,
              (SELECT count(*) FROM "${service.schema}".patient) AS patients,
              (SELECT count(*) FROM "${service.schema}".referral_document) AS documents,
              (SELECT count(*) FROM "${service.schema}".referral_lab) AS labs,
              (SELECT count(*) FROM "${service.schema}".outbox) AS events`,
    );
    return row!;
  }

  it.each(BAD_INPUTS)(
    'rejects %s with 400 naming the field, and writes nothing',
    async (_case, change, pointers) => {
      const before = await rowCounts();
      const response = await service.http.post<ProblemDocument>(
        '/v1/referrals',
        referralForNewPatient(change),
        coordinator,
      );

      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: 'urn:infuse:problem:validation', status: 400 });
      const named = response.body
        .errors!.map((error) => ('pointer' in error ? error.pointer : ''))
        .sort();
      expect(named).toEqual(pointers);
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('accepts the unusual but real: no IgG at all, a start half a year back or a year ahead, a 12-month order', async () => {
    for (const startDate of [daysAgo(180), daysAgo(-365)]) {
      const response = await service.http.post<ProblemDocument>(
        '/v1/referrals',
        referralForNewPatient((r) => {
          r.labs[0]!['value'] = 0;
          r.labs.push(lab('platelets', '10^9/L', 2), lab('hemoglobin', 'g/dL', 4.1));
          r.order['startDate'] = startDate;
          r.order['durationMonths'] = 12;
        }),
        coordinator,
      );
      expect(response.status).toBe(201);
    }
  });

  it('rejects an implausible lab added later with 400 naming the value, and writes nothing', async () => {
    const created = await service.http.post<{ id: string }>(
      '/v1/referrals',
      referralForNewPatient(),
      coordinator,
    );
    const before = await rowCounts();
    const response = await service.http.post<ProblemDocument>(
      `/v1/referrals/${created.body.id}/labs`,
      lab('IgG', 'mg/dL', 1e308),
      coordinator,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ pointer: '#/value', detail: expect.any(String) }]);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['malformed JSON', '{"patient": {"firstName": "Maren",'],
    ['an empty body', ''],
  ])('rejects %s with 400 problem+json, and writes nothing', async (_case, rawBody) => {
    const before = await rowCounts();
    const response = await service.http.request<ProblemDocument>('POST', '/v1/referrals', {
      token: coordinator,
      rawBody,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      type: 'urn:infuse:problem:malformed-json',
      errors: [{ pointer: '#' }],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers a path with a NUL character 401 without a token and 404 with one, never 500', async () => {
    expect((await service.http.get('/v1/referrals/%00')).status).toBe(401);
    expect((await service.http.get('/v1/referrals/%00', coordinator)).status).toBe(404);
  });

  it('rejects a search term with a NUL character with 400 naming the parameter', async () => {
    const response = await service.http.get<ProblemDocument>(
      '/v1/referrals?q=Oka%00for',
      coordinator,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ parameter: 'q', detail: expect.any(String) }]);
  });

  it('rejects a body that is not an object', async () => {
    const response = await service.http.post<ProblemDocument>(
      '/v1/referrals',
      ['not', 'a', 'referral'],
      coordinator,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ pointer: '#', detail: expect.any(String) }]);
  });

  it('rejects a body that is not JSON at all with 415', async () => {
    const response = await service.http.request<ProblemDocument>('POST', '/v1/referrals', {
      token: coordinator,
      rawBody: 'patient=Maren',
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
