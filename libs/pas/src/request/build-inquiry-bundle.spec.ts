import { readFixture } from '@infuse/testing';
import type { Bundle, Claim } from 'fhir/r4';
import { CODE_SYSTEMS, PAS_EXTENSIONS, PAS_PROFILES } from '../pas-vocabulary';
import { checkReferenceClosure } from './bundle-reference-closure';
import { buildInquiryBundle } from './build-inquiry-bundle';
import { PasInputError } from './pas-input-error';
import { PAS_REQUEST_EXAMPLES } from './pas-request-examples';
import type { PasInquiryInput } from './pas-request-input';
import { CLOSED, extension, firstClaim, resolve, resources } from './request-bundle.test-support';

const request = PAS_REQUEST_EXAMPLES.ivigCommercialInitial;

const INQUIRY: PasInquiryInput = {
  claimIdentifier: request.claimIdentifier,
  bundleIdentifier: 'INQ-2026-000123-1',
  submissionId: '026e0c6c-176c-4da3-805a-44895cbf7ba8',
  createdAt: '2026-02-10T10:00:00-05:00',
  pharmacy: request.pharmacy,
  payer: request.payer,
  patient: request.patient,
  coverage: request.coverage,
  item: {
    hcpcs: request.item.hcpcs,
    periodStart: request.item.periodStart,
    periodEnd: request.item.periodEnd,
    administrationReferenceNumber: 'PEND-20260126-0042',
  },
};

describe('the PAS inquiry bundle', () => {
  const bundle = buildInquiryBundle(INQUIRY);
  const claim = firstClaim(bundle);

  it('holds what the official inquiry example holds, in its order', () => {
    const official = readFixture<Bundle>('pas/Bundle-PASClaimInquiryBundleExample.json');
    const kinds = (of: Bundle) =>
      resources(of)
        .map((resource) => resource.resourceType)
        .sort();
    expect(kinds(bundle)).toEqual(kinds(official));
    expect(bundle.meta?.profile).toEqual([PAS_PROFILES.inquiryRequestBundle]);
    expect(bundle).toMatchObject({ type: 'collection', timestamp: INQUIRY.createdAt });
    expect(bundle.identifier?.value).toBe('INQ-2026-000123-1');
  });

  it('is closed: every reference resolves, every entry is referenced', () => {
    expect(checkReferenceClosure(bundle)).toEqual(CLOSED);
  });

  it('asks by example about the request: its identifier, J-code, period and payer number', () => {
    const official = readFixture<Bundle>('pas/Bundle-PASClaimInquiryBundleExample.json');
    const officialClaim = official.entry![0]!.resource as Claim;
    expect(claim.meta?.profile).toEqual([PAS_PROFILES.claimInquiry]);
    expect(claim).toMatchObject({
      status: officialClaim.status,
      use: officialClaim.use,
      type: officialClaim.type,
      priority: officialClaim.priority,
    });
    expect(claim.identifier).toEqual([request.claimIdentifier]);
    const item = claim.item![0]!;
    expect(item.sequence).toBe(1);
    expect(item.productOrService.coding).toEqual([{ system: CODE_SYSTEMS.hcpcs, code: 'J1459' }]);
    expect(item.servicedPeriod).toEqual({ start: '2026-02-01', end: '2026-07-31' });
    expect(extension(item, PAS_EXTENSIONS.administrationReferenceNumber)?.valueString).toBe(
      'PEND-20260126-0042',
    );
    expect(extension(item, PAS_EXTENSIONS.authorizationNumber)).toBeUndefined();
  });

  it('names the patient by member id, under the member coverage, from the pharmacy to the payer', () => {
    const patient = resolve(bundle, claim.patient.reference, 'Patient');
    expect(patient.identifier?.[0]).toMatchObject({
      type: { coding: [{ code: 'MB' }] },
      value: 'ACM88412093',
    });
    const coverage = resolve(bundle, claim.insurance[0]!.coverage.reference, 'Coverage');
    expect(coverage.subscriberId).toBe('ACM88412093');
    expect(resolve(bundle, claim.provider.reference, 'Organization').identifier?.[0]?.value).toBe(
      request.pharmacy.npi,
    );
    expect(resolve(bundle, claim.insurer!.reference, 'Organization').name).toBe('Acme Health Plan');
  });

  it('refuses an inquiry it cannot build, naming the fields', () => {
    const issuesOf = (input: PasInquiryInput) => {
      try {
        buildInquiryBundle(input);
      } catch (error) {
        if (error instanceof PasInputError) return error.issues;
        throw error;
      }
      throw new Error('no error thrown');
    };
    expect(issuesOf({ ...INQUIRY, item: { ...INQUIRY.item, hcpcs: '90283x' } })).toEqual([
      { field: 'item.hcpcs', problem: 'must be a HCPCS level II code' },
    ]);
    expect(issuesOf({ ...INQUIRY, claimIdentifier: { system: '', value: 'PA-1' } })).toEqual([
      { field: 'claimIdentifier.system', problem: 'is required' },
    ]);
  });
});
