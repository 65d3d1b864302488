import { readFixture } from '@infuse/testing';
import { LAB_LOINC } from '../../lab-loinc';
import { checkedRequest } from '../testing/checked-request.testing';
import { CLAIM_SYSTEM, homeInfusionRequest } from '../testing/home-infusion-request.testing';
import { readRequestFacts } from './request-facts';

// The official PAS examples (libs/testing/fixtures/pas), a fresh copy on every call.
const officialHomecareUpdate = (): unknown =>
  readFixture('pas/Bundle-HomecareAuthorizationUpdateBundleExample.json');
const officialReferral = (): unknown =>
  readFixture('pas/Bundle-ReferralAuthorizationBundleExample.json');

describe('readRequestFacts', () => {
  it('reads a home-infusion request: payer, member, patient, diagnosis, product, labs', () => {
    const facts = readRequestFacts(checkedRequest(homeInfusionRequest({ claimValue: 'PA-7' })));
    expect(facts).toMatchObject({
      claimIdentifier: { system: CLAIM_SYSTEM, value: 'PA-7' },
      bundleIdentifier: { system: 'urn:infuse:submission', value: 'SUB-0001' },
      certification: 'initial',
      insurer: { payerId: 'acme-health', name: 'Acme Health' },
      member: { value: 'ACM123456789', expression: 'Bundle.entry[4].resource.subscriberId' },
      patient: { name: 'Ana Rivera', birthDate: '1984-06-02', gender: 'female' },
      provider: { name: 'Infuse Home Infusion Pharmacy', npi: '1234567893' },
      diagnoses: [{ code: 'D83.9' }],
      items: [
        {
          sequence: 1,
          productOrService: { code: 'J1459' },
          quantity: 48,
          period: { start: '2026-03-05', end: '2026-08-31' },
          certificationType: 'I',
          cancelled: false,
        },
      ],
      medications: [{ text: 'Privigen 10% IV, 0.4 g/kg every 28 days' }],
    });
    expect(facts.labs).toEqual([
      { code: LAB_LOINC.IgG.code, value: 150, unit: 'mg/dL', date: '2026-02-20' },
      { code: LAB_LOINC.BUN.code, value: 14, unit: 'mg/dL', date: '2026-02-20' },
      { code: LAB_LOINC.creatinine.code, value: 0.9, unit: 'mg/dL', date: '2026-02-20' },
    ]);
  });

  it('reads the official referral: no payer id, the member id, the document, the diagnosis', () => {
    const facts = readRequestFacts(checkedRequest(officialReferral()));
    expect(facts.insurer).toEqual({ name: 'MARYLAND CAPITAL INSURANCE COMPANY' });
    expect(facts.member.value).toBe('1122334455');
    expect(facts.diagnoses).toEqual([{ code: 'G89.4' }]);
    expect(facts.documents).toEqual([{ type: '11505-5', contentType: 'text/plain' }]);
    expect(facts.provider.identifiers).toEqual(['8189991234']);
  });

  it('reads the official update: an update of the Claim it names, with item 2 cancelled', () => {
    const facts = readRequestFacts(checkedRequest(officialHomecareUpdate()));
    expect(facts.certification).toBe('update');
    expect(facts.claimIdentifier.value).toBe('111099-UPDATE');
    expect(facts.relatedClaimIdentifiers).toEqual([
      { system: 'http://example.org/PATIENT_EVENT_TRACE_NUMBER', value: '111099' },
    ]);
    expect(facts.items.map((item) => [item.sequence, item.cancelled])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it.each([
    ['S', 'update'],
    ['3', 'cancel'],
    ['R', 'initial'],
  ])('takes certification type %s as %s', (code, certification) => {
    const facts = readRequestFacts(
      checkedRequest(homeInfusionRequest({ certificationType: code })),
    );
    expect(facts.certification).toBe(certification);
  });
});
