import { readFixture } from '@infuse/testing';
import { indexEntries, type IndexedEntry } from '../bundle/bundle-index';
import { readRequestFacts } from '../facts/request-facts';
import { PAS_EXTENSIONS, PAS_PROFILES } from '../../pas-vocabulary';
import { decideItems, type Verdict } from '../rules/item-decisions';
import { checkedRequest } from '../testing/checked-request.testing';
import { fhirJsonProblems } from '../testing/fhir-json.testing';
import { homeInfusionRequest } from '../testing/home-infusion-request.testing';
import { buildResponseBundle } from './response-bundle';

// The official PAS examples (libs/testing/fixtures/pas), a fresh copy on every call.
const officialHomecareUpdate = (): unknown =>
  readFixture('pas/Bundle-HomecareAuthorizationUpdateBundleExample.json');
const officialReferral = (): unknown =>
  readFixture('pas/Bundle-ReferralAuthorizationBundleExample.json');

const IDENTITY = {
  responseId: '6a1f4f0e-4b9e-4f57-9d0c-3f1b2a7c9e10',
  bundleId: 'c2d7e5a4-91b3-4c4e-8f1e-0d9b7a6c5e21',
  referenceNumber: 'ACME-00000042',
  created: '2026-03-02T14:05:00.000Z',
  issueDate: '2026-03-02',
};

function answer(body: unknown, verdict: Verdict) {
  const request = checkedRequest(body);
  const decisions = decideItems(readRequestFacts(request).items, verdict, {
    validityMonths: 6,
    today: IDENTITY.issueDate,
  });
  return buildResponseBundle(request, decisions, IDENTITY);
}

type Json = Record<string, unknown>;
const json = (value: unknown): Json => value as Json;
const extensions = (element: unknown): Json[] =>
  ((element as Json)['extension'] as Json[] | undefined) ?? [];
const byUrl = (element: unknown, url: string) =>
  extensions(element).find((extension) => extension['url'] === url);

describe('buildResponseBundle', () => {
  it('answers a certified home-infusion request as PAS does: ClaimResponse first, A1 with the number', () => {
    const bundle = answer(homeInfusionRequest(), { kind: 'certify' });
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      meta: { profile: [PAS_PROFILES.responseBundle] },
      identifier: { system: 'urn:infuse:submission', value: 'SUB-0001' },
      type: 'collection',
      timestamp: IDENTITY.created,
    });
    const [first, ...parties] = bundle.entry ?? [];
    expect(first?.fullUrl).toBe(`urn:uuid:${IDENTITY.responseId}`);
    expect(first?.resource).toMatchObject({
      resourceType: 'ClaimResponse',
      meta: { profile: [PAS_PROFILES.claimResponse] },
      identifier: [{ value: 'PA-0001' }],
      use: 'preauthorization',
      outcome: 'complete',
      request: { identifier: { value: 'PA-0001' } },
      preAuthRef: 'ACME-00000042',
      preAuthPeriod: { start: '2026-03-05', end: '2026-08-31' },
    });
    expect(parties.map((entry) => entry.resource?.resourceType)).toEqual([
      'Patient',
      'Organization',
      'Organization',
    ]);

    const [item] = json(first?.resource)['item'] as Json[];
    expect(item?.['itemSequence']).toBe(1);
    const action = byUrl((item?.['adjudication'] as Json[])[0], PAS_EXTENSIONS.reviewAction);
    expect(extensions(action)).toEqual([
      { url: 'number', valueString: 'ACME-00000042' },
      {
        url: PAS_EXTENSIONS.reviewActionCode,
        valueCodeableConcept: {
          coding: [
            {
              system: 'https://codesystem.x12.org/005010/306',
              code: 'A1',
              display: 'Certified in total',
            },
          ],
        },
      },
    ]);
    expect(byUrl(item, PAS_EXTENSIONS.itemPreAuthPeriod)).toEqual({
      url: PAS_EXTENSIONS.itemPreAuthPeriod,
      valuePeriod: { start: '2026-03-05', end: '2026-08-31' },
    });
    expect(byUrl(item, PAS_EXTENSIONS.itemPreAuthIssueDate)?.['valueDate']).toBe('2026-03-02');
    expect(extensions(byUrl(item, PAS_EXTENSIONS.itemAuthorizedDetail))).toContainEqual({
      url: 'quantity',
      valueQuantity: { value: 48 },
    });
  });

  it('answers a pended request with the number as the administration reference, and no authorization', () => {
    const bundle = answer(homeInfusionRequest(), { kind: 'pend' });
    const response = json(bundle.entry?.[0]?.resource);
    expect(response['preAuthRef']).toBeUndefined();
    const [item] = response['item'] as Json[];
    expect(byUrl(item, PAS_EXTENSIONS.administrationReferenceNumber)?.['valueString']).toBe(
      'ACME-00000042',
    );
    expect(byUrl(item, PAS_EXTENSIONS.itemPreAuthPeriod)).toBeUndefined();
    const action = byUrl((item?.['adjudication'] as Json[])[0], PAS_EXTENSIONS.reviewAction);
    expect(extensions(action).map((extension) => extension['url'])).toEqual([
      PAS_EXTENSIONS.reviewActionCode,
    ]);
  });

  it('denies with the X12 886 reason code', () => {
    const bundle = answer(homeInfusionRequest(), {
      kind: 'deny',
      reasonCode: { code: 'OL', display: 'Off label' },
    });
    const [item] = json(bundle.entry?.[0]?.resource)['item'] as Json[];
    const action = byUrl((item?.['adjudication'] as Json[])[0], PAS_EXTENSIONS.reviewAction);
    expect(extensions(action)).toContainEqual({
      url: 'reasonCode',
      valueCodeableConcept: {
        coding: [
          { system: 'https://codesystem.x12.org/external/886', code: 'OL', display: 'Off label' },
        ],
      },
    });
  });

  it.each([
    ['certify', { kind: 'certify' }],
    ['partial', { kind: 'partial', units: 24 }],
    ['deny', { kind: 'deny', reasonCode: { code: 'OL' } }],
    ['pend', { kind: 'pend' }],
  ] as const)(
    'answers %s in valid FHIR JSON (no empty arrays, objects or strings, no nulls)',
    (_case, verdict) => {
      for (const body of [homeInfusionRequest(), officialReferral(), officialHomecareUpdate()])
        expect(fhirJsonProblems(answer(body, verdict))).toEqual([]);
    },
  );

  it.each([
    ['the official referral', officialReferral()],
    ['the official update', officialHomecareUpdate()],
    ['a home-infusion request', homeInfusionRequest()],
  ])(
    'answers %s with references that resolve inside the answer, one item per requested item',
    (_case, body) => {
      const request = checkedRequest(body);
      const bundle = answer(body, { kind: 'certify' });
      const entries: IndexedEntry[] = (bundle.entry ?? []).map((entry, position) => ({
        position,
        fullUrl: entry.fullUrl ?? '',
        resource: entry.resource as unknown as Json,
        resourceType: entry.resource?.resourceType ?? '',
        expression: `Bundle.entry[${position}].resource`,
      }));
      const index = indexEntries(entries);
      const [claimResponse] = entries;
      if (!claimResponse) throw new Error('no ClaimResponse');
      for (const element of ['patient', 'insurer', 'requestor'])
        expect(
          index.resolve(
            (claimResponse.resource[element] as Json)['reference'] as string,
            claimResponse,
          ),
        ).toBeDefined();
      expect(
        (claimResponse.resource['item'] as Json[]).map((item) => item['itemSequence']),
      ).toEqual(readRequestFacts(request).items.map((item) => item.sequence));
    },
  );
});
