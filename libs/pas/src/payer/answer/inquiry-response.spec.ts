import { readFixture } from '@infuse/testing';
import { readRequestFacts } from '../facts/request-facts';
import { PAS_PROFILES } from '../../pas-vocabulary';
import { decideItems } from '../rules/item-decisions';
import { checkedRequest } from '../testing/checked-request.testing';
import { fhirJsonProblems } from '../testing/fhir-json.testing';
import { buildInquiryResponseBundle, inquiryResult } from './inquiry-response';
import { buildResponseBundle } from './response-bundle';

// The official PAS examples (libs/testing/fixtures/pas), a fresh copy on every call.
const officialInquiry = (): unknown => readFixture('pas/Bundle-PASClaimInquiryBundleExample.json');
const officialReferral = (): unknown =>
  readFixture('pas/Bundle-ReferralAuthorizationBundleExample.json');

describe('the $inquire answer', () => {
  const request = checkedRequest(officialReferral());
  const decisions = decideItems(
    readRequestFacts(request).items,
    { kind: 'certify' },
    {
      validityMonths: 6,
      today: '2026-03-02',
    },
  );
  const response = buildResponseBundle(request, decisions, {
    responseId: '6a1f4f0e-4b9e-4f57-9d0c-3f1b2a7c9e10',
    bundleId: 'c2d7e5a4-91b3-4c4e-8f1e-0d9b7a6c5e21',
    referenceNumber: 'OTH-00000001',
    created: '2026-03-02T14:05:00.000Z',
    issueDate: '2026-03-02',
  });
  const inquiry = checkedRequest(officialInquiry(), 'inquire');
  const answer = buildInquiryResponseBundle(
    inquiry,
    { request, response },
    { bundleId: '0b8e2d4c-1f6a-4d3b-9a5e-7c2f1e0d9b8a', created: '2026-03-03T10:00:00.000Z' },
  );

  it('is an inquiry response Bundle echoing the inquiry, its ClaimResponse first with the Coverage', () => {
    expect(answer).toMatchObject({
      meta: { profile: [PAS_PROFILES.inquiryResponseBundle] },
      identifier: { value: '5269367' },
      type: 'collection',
      timestamp: '2026-03-03T10:00:00.000Z',
    });
    expect(answer.entry?.[0]?.resource).toMatchObject({
      resourceType: 'ClaimResponse',
      meta: { profile: [PAS_PROFILES.claimInquiryResponse] },
      preAuthRef: 'OTH-00000001',
      insurance: [
        { sequence: 1, focal: true, coverage: { reference: 'Coverage/InsuranceExample' } },
      ],
    });
  });

  it('carries the parties, the Coverage and the Claim it answers, as the IG example does', () => {
    expect(answer.entry?.map((entry) => entry.fullUrl)).toEqual([
      'http://example.org/fhir/ClaimResponse/6a1f4f0e-4b9e-4f57-9d0c-3f1b2a7c9e10',
      'http://example.org/fhir/Organization/UMOExample',
      'http://example.org/fhir/Organization/InsurerExample',
      'http://example.org/fhir/Coverage/InsuranceExample',
      'http://example.org/fhir/Patient/SubscriberExample',
      'http://example.org/fhir/Claim/ReferralAuthorizationExample',
    ]);
  });

  it('is valid FHIR JSON (no empty arrays, objects or strings, no nulls)', () => {
    expect(fhirJsonProblems(answer)).toEqual([]);
  });

  it('answers in a Parameters with one return per match, and none when nothing matches', () => {
    expect(inquiryResult([answer])).toEqual({
      resourceType: 'Parameters',
      parameter: [{ name: 'return', resource: answer }],
    });
    expect(inquiryResult([])).toEqual({ resourceType: 'Parameters' });
  });
});
