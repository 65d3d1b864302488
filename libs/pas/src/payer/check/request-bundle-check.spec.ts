import { readFixture } from '@infuse/testing';
import { homeInfusionRequest } from '../testing/home-infusion-request.testing';
import { checkRequestBundle, type RequestBundleCheck } from './request-bundle-check';

// The official PAS examples (libs/testing/fixtures/pas), a fresh copy on every call.
const example = (file: string): unknown => readFixture(`pas/${file}.json`);
const officialInquiry = (): unknown => example('Bundle-PASClaimInquiryBundleExample');
const officialReferral = (): unknown => example('Bundle-ReferralAuthorizationBundleExample');

/** Every official `$submit` request Bundle, 2.2.1 and 2.0.1. */
const OFFICIAL_REQUESTS: [string, string][] = [
  ['Homecare (2.2.1)', 'Bundle-HomecareAuthorizationBundleExample'],
  ['Homecare update (2.2.1)', 'Bundle-HomecareAuthorizationUpdateBundleExample'],
  ['MedicalServices (2.2.1)', 'Bundle-MedicalServicesAuthorizationBundleExample'],
  ['Referral (2.2.1)', 'Bundle-ReferralAuthorizationBundleExample'],
  ['Surgical (2.2.1)', 'Bundle-SurgicalRequestBundleExample'],
  ['Homecare (2.0.1)', 'v2.0.1/Bundle-HomecareAuthorizationBundleExample'],
  ['Homecare differential (2.0.1)', 'v2.0.1/Bundle-HomecareAuthorizationDifferentialBundleExample'],
  ['Homecare update (2.0.1)', 'v2.0.1/Bundle-HomecareAuthorizationUpdateBundleExample'],
  ['MedicalServices (2.0.1)', 'v2.0.1/Bundle-MedicalServicesAuthorizationBundleExample'],
  ['Referral (2.0.1)', 'v2.0.1/Bundle-ReferralAuthorizationBundleExample'],
  ['Surgical (2.0.1)', 'v2.0.1/Bundle-SurgicalRequestBundleExample'],
];

const RESPONSE = ['Bundle.meta.profile', 'Bundle.entry[0].resource'];
const RESPONSE_201 = ['Bundle.meta.profile', 'Bundle.identifier', 'Bundle.entry[0].resource'];
const INQUIRY = ['Bundle.meta.profile', 'Bundle.entry[0].resource.meta.profile'];

/** The official examples that are not `$submit` requests, with the FHIRPaths refusing them. */
const OFFICIAL_NON_REQUESTS: [string, string, string[]][] = [
  ['the approved response Bundle', 'Bundle-ReferralAuthorizationResponseBundleExample', RESPONSE],
  [
    'the pended response Bundle',
    'Bundle-ReferralPendingAuthorizationResponseBundleExample',
    RESPONSE,
  ],
  ['the rejection response Bundle', 'Bundle-RejectionResponseBundleExample', RESPONSE],
  ['the error response Bundle', 'Bundle-ErrorResponseBundleExample', RESPONSE],
  [
    'the 2.0.1 approved response Bundle',
    'v2.0.1/Bundle-ReferralAuthorizationResponseBundleExample',
    RESPONSE_201,
  ],
  ['the 2.0.1 error response Bundle', 'v2.0.1/Bundle-ErrorResponseBundleExample', RESPONSE_201],
  ['the inquiry Bundle', 'Bundle-PASClaimInquiryBundleExample', INQUIRY],
  ['the 2.0.1 inquiry Bundle', 'v2.0.1/Bundle-PASClaimInquiryBundleExample', INQUIRY],
  ['the inquiry response Bundle', 'Bundle-PASClaimInquiryResponseBundleExample', RESPONSE],
  [
    'the 2.0.1 inquiry response Bundle',
    'v2.0.1/Bundle-PASClaimInquiryResponseBundleExample',
    RESPONSE,
  ],
  [
    'the subscription notification',
    'Bundle-PASSubscriptionNotification',
    ['Bundle.type', 'Bundle.identifier', 'Bundle.entry[0].resource'],
  ],
  ['a bare Claim', 'Claim-ReferralAuthorizationExample', ['Claim']],
  ['a Subscription', 'Subscription-PASSubscriptionExample', ['Subscription']],
];

type Bundle = { entry: { fullUrl: string; resource: Record<string, unknown> }[] } & Record<
  string,
  unknown
>;

function errorsOf(check: RequestBundleCheck): string[] {
  return check.valid
    ? []
    : check.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.expression);
}

function claimOf(bundle: Bundle): Record<string, unknown> {
  const first = bundle.entry[0];
  if (!first) throw new Error('no first entry');
  return first.resource;
}

describe('checkRequestBundle on $submit', () => {
  it.each(OFFICIAL_REQUESTS)('accepts the official %s request Bundle', (_name, file) => {
    expect(errorsOf(checkRequestBundle(example(file), 'submit'))).toEqual([]);
  });

  it.each(OFFICIAL_NON_REQUESTS)('refuses %s, saying where', (_name, file, expressions) => {
    const check = checkRequestBundle(example(file), 'submit');
    expect(check.valid).toBe(false);
    expect(errorsOf(check)).toEqual(expressions);
  });

  it('accepts a home-infusion request with urn:uuid fullUrls', () => {
    expect(errorsOf(checkRequestBundle(homeInfusionRequest(), 'submit'))).toEqual([]);
  });

  it('warns, without refusing, about a reference outside the Claim that the Bundle lacks', () => {
    // The IG's Surgical example: its PractitionerRole names the referral example's Practitioner.
    const check = checkRequestBundle(example('Bundle-SurgicalRequestBundleExample'), 'submit');
    expect(
      check.valid && check.warnings.map((issue) => [issue.severity, issue.expression]),
    ).toEqual([
      ['warning', 'Bundle.entry[6].resource.practitioner'],
      ['warning', 'Bundle.entry[6].resource.location[0]'],
    ]);
  });

  it('lists every problem of a broken request at once, each where it is', () => {
    const bundle = homeInfusionRequest() as Bundle;
    const claim = claimOf(bundle);
    delete bundle['timestamp'];
    claim['use'] = 'claim';
    claim['insurance'] = [
      {
        sequence: 1,
        focal: true,
        coverage: { reference: 'urn:uuid:00000000-0000-4000-8000-0000000000ff' },
      },
    ];
    const [item] = claim['item'] as Record<string, unknown>[];
    claim['item'] = [item, { ...item }, { ...item, sequence: 0, productOrService: {} }];
    delete claim['provider'];
    expect(errorsOf(checkRequestBundle(bundle, 'submit'))).toEqual([
      'Bundle.timestamp',
      'Bundle.entry[0].resource.use',
      'Bundle.entry[0].resource.provider',
      'Bundle.entry[0].resource.item[1].sequence',
      'Bundle.entry[0].resource.item[2].sequence',
      'Bundle.entry[0].resource.item[2].productOrService',
      'Bundle.entry[0].resource.insurance[0].coverage',
    ]);
  });

  it('refuses a Claim reference that points at nothing in the Bundle', () => {
    const bundle = officialReferral() as Bundle;
    bundle.entry = bundle.entry.filter((entry) => entry.resource['resourceType'] !== 'Coverage');
    expect(errorsOf(checkRequestBundle(bundle, 'submit'))).toEqual([
      'Bundle.entry[0].resource.insurance[0].coverage',
    ]);
  });

  it('resolves relative references against urn:uuid entries by type and id', () => {
    const bundle = homeInfusionRequest() as Bundle;
    const patient = bundle.entry[1];
    if (!patient) throw new Error('no patient');
    patient.resource['id'] = 'ana';
    claimOf(bundle)['patient'] = { reference: 'Patient/ana' };
    expect(errorsOf(checkRequestBundle(bundle, 'submit'))).toEqual([]);
  });

  it('refuses a Coverage without a member id, at its subscriberId', () => {
    const bundle = homeInfusionRequest() as Bundle;
    const coverage = bundle.entry.find((entry) => entry.resource['resourceType'] === 'Coverage');
    delete coverage?.resource['subscriberId'];
    expect(errorsOf(checkRequestBundle(bundle, 'submit'))).toEqual([
      'Bundle.entry[4].resource.subscriberId',
    ]);
  });

  it('refuses entries without a fullUrl or a resource, and a reused fullUrl', () => {
    const bundle = homeInfusionRequest() as Bundle;
    const patient = bundle.entry[1];
    const payer = bundle.entry[2];
    if (!patient || !payer) throw new Error('missing entries');
    (bundle.entry as unknown[]).push(
      { fullUrl: patient.fullUrl, resource: { resourceType: 'Basic' } },
      { resource: {} },
      'x',
    );
    expect(errorsOf(checkRequestBundle(bundle, 'submit')).slice(0, 4)).toEqual([
      'Bundle.entry[9].fullUrl',
      'Bundle.entry[10].fullUrl',
      'Bundle.entry[10].resource',
      'Bundle.entry[11]',
    ]);
  });

  it.each([
    ['nothing', undefined],
    ['an array', []],
    ['a string', 'Bundle'],
  ])('refuses %s as a body at the Bundle', (_case, body) => {
    expect(errorsOf(checkRequestBundle(body, 'submit'))).toEqual(['Bundle']);
  });
});

describe('checkRequestBundle on $inquire', () => {
  it.each([
    ['2.2.1', officialInquiry()],
    ['2.0.1', example('v2.0.1/Bundle-PASClaimInquiryBundleExample')],
  ])('accepts the official %s inquiry Bundle', (_version, bundle) => {
    expect(errorsOf(checkRequestBundle(bundle, 'inquire'))).toEqual([]);
  });

  it('refuses a $submit request Bundle, at both profiles', () => {
    expect(errorsOf(checkRequestBundle(officialReferral(), 'inquire'))).toEqual([
      'Bundle.meta.profile',
      'Bundle.entry[0].resource.meta.profile',
    ]);
  });
});
