import { readFixture } from '@infuse/testing';
import { checkReferenceClosure } from './bundle-reference-closure';
import { CLOSED } from './request-bundle.test-support';

describe('the reference closure of a bundle', () => {
  it.each([
    'Bundle-HomecareAuthorizationBundleExample',
    'Bundle-HomecareAuthorizationUpdateBundleExample',
    'Bundle-MedicalServicesAuthorizationBundleExample',
    'Bundle-ReferralAuthorizationBundleExample',
    'Bundle-PASClaimInquiryBundleExample',
  ])('holds for the official %s, whose references are relative', (name) => {
    expect(checkReferenceClosure(readFixture(`pas/${name}.json`))).toEqual(CLOSED);
  });

  it('finds what the validator lets through in the official Surgical example', () => {
    // Its PractitionerRole points at the Referral example's Practitioner and Location, which the
    // bundle does not carry, while its own Surgical ones sit unreferenced.
    const base = 'http://example.org/fhir/';
    expect(
      checkReferenceClosure(readFixture('pas/Bundle-SurgicalRequestBundleExample.json')),
    ).toEqual({
      duplicateFullUrls: [],
      unresolved: [
        {
          path: `${base}PractitionerRole/SurgicalPractitionerRoleExample.practitioner`,
          reference: 'Practitioner/ReferralPractitionerExample',
        },
        {
          path: `${base}PractitionerRole/SurgicalPractitionerRoleExample.location[0]`,
          reference: 'Location/ReferralLocationExample',
        },
      ],
      unreferenced: [
        `${base}Practitioner/SurgicalPractitionerExample`,
        `${base}Location/SurgicalLocationExample`,
      ],
    });
  });

  it('finds a dangling reference, a repeated fullUrl and an entry nothing references', () => {
    const report = checkReferenceClosure({
      entry: [
        {
          fullUrl: 'urn:uuid:a',
          resource: {
            resourceType: 'Claim',
            patient: { reference: 'urn:uuid:b' },
            insurance: [{ coverage: { reference: 'urn:uuid:missing' } }],
            related: [{ claim: { identifier: { value: 'logical references are not followed' } } }],
          },
        },
        { fullUrl: 'urn:uuid:b', resource: { resourceType: 'Patient' } },
        { fullUrl: 'urn:uuid:b', resource: { resourceType: 'Patient' } },
        {
          fullUrl: 'urn:uuid:c',
          resource: { resourceType: 'Observation', subject: { reference: 'Patient/elsewhere' } },
        },
      ],
    });
    expect(report).toEqual({
      duplicateFullUrls: ['urn:uuid:b'],
      unresolved: [
        { path: 'urn:uuid:a.insurance[0].coverage', reference: 'urn:uuid:missing' },
        { path: 'urn:uuid:c.subject', reference: 'Patient/elsewhere' },
      ],
      unreferenced: ['urn:uuid:c'],
    });
  });
});
