import { homeInfusionRequest } from '../testing/home-infusion-request.testing';
import {
  officialInquiry,
  officialInquiry201,
  officialNonRequests,
  officialReferral,
  officialRequestBundles,
  officialSurgical,
} from '../testing/official-examples.testing';
import { checkRequestBundle, type RequestBundleCheck } from './request-bundle-check';

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
  it.each(officialRequestBundles())('accepts the official %s request Bundle', (_name, bundle) => {
    expect(errorsOf(checkRequestBundle(bundle, 'submit'))).toEqual([]);
  });

  it.each(officialNonRequests())('refuses %s, saying where', (_name, body, expressions) => {
    const check = checkRequestBundle(body, 'submit');
    expect(check.valid).toBe(false);
    expect(errorsOf(check)).toEqual(expressions);
  });

  it('accepts a home-infusion request with urn:uuid fullUrls', () => {
    expect(errorsOf(checkRequestBundle(homeInfusionRequest(), 'submit'))).toEqual([]);
  });

  it('warns, without refusing, about a reference outside the Claim that the Bundle lacks', () => {
    // The IG's Surgical example: its PractitionerRole names the referral example's Practitioner.
    const check = checkRequestBundle(officialSurgical(), 'submit');
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
    ['2.0.1', officialInquiry201()],
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
