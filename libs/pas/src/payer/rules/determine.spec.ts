import { readFixture } from '@infuse/testing';
import { readRequestFacts } from '../facts/request-facts';
import { LAB_LOINC } from '../../lab-loinc';
import { checkedRequest } from '../testing/checked-request.testing';
import {
  homeInfusionRequest,
  type HomeInfusionRequestOptions,
  piLabs,
} from '../testing/home-infusion-request.testing';
import { determine } from './determine';
import { type PayerRule } from './payer-rule';

// The official PAS examples (libs/testing/fixtures/pas), a fresh copy on every call.
const officialReferral = (): unknown =>
  readFixture('pas/Bundle-ReferralAuthorizationBundleExample.json');

const TODAY = '2026-03-02';
// [MMO] IgG < 200 mg/dL; [PH2][MMO] renal labs within 30 days.
const ACME: PayerRule = {
  kind: 'primary-immunodeficiency',
  maxIgGMgPerDl: 200,
  renalLabsMaxAgeDays: 30,
};
const MEDICAID: PayerRule = {
  kind: 'labelled-indication',
  offLabelReason: { code: 'OL', display: 'Not a labelled indication' },
};

const factsOf = (options: HomeInfusionRequestOptions) =>
  readRequestFacts(checkedRequest(homeInfusionRequest(options)));

describe('the primary immunodeficiency criteria', () => {
  it('certifies PI with IgG below the threshold and renal labs within the window', () => {
    expect(determine(factsOf({ labs: piLabs('2026-01-31', 150) }), ACME, TODAY)).toEqual({
      outcome: 'certify',
      reasons: [
        'D83.9 is a primary immunodeficiency',
        'IgG 150 mg/dL is below 200 mg/dL',
        'BUN is 30 days old',
        'creatinine is 30 days old',
      ],
    });
  });

  it.each([
    [
      'IgG at the threshold',
      { labs: piLabs('2026-02-20', 200) },
      ['IgG 200 mg/dL is not below 200 mg/dL'],
    ],
    ['IgG 400', { labs: piLabs('2026-02-20', 400) }, ['IgG 400 mg/dL is not below 200 mg/dL']],
    [
      'renal labs 31 days old',
      { labs: piLabs('2026-01-30') },
      ['BUN is 31 days old, more than 30', 'creatinine is 31 days old, more than 30'],
    ],
    [
      'labs dated tomorrow',
      { labs: piLabs('2026-03-03') },
      ['BUN is dated after today', 'creatinine is dated after today'],
    ],
    [
      'a CIDP diagnosis',
      { diagnosis: 'G61.81' },
      ['no primary immunodeficiency diagnosis (ICD-10-CM D80-D84)'],
    ],
    [
      'a code that is no ICD-10 code',
      { diagnosis: 'not-a-code' },
      ['no primary immunodeficiency diagnosis (ICD-10-CM D80-D84)'],
    ],
    [
      'no labs',
      { labs: [] },
      ['no IgG result', 'no dated BUN result', 'no dated creatinine result'],
    ],
    [
      'IgG in mmol/L',
      {
        labs: [
          { loinc: LAB_LOINC.IgG.code, value: 1, unit: 'mmol/L', date: '2026-02-20' },
          ...piLabs('2026-02-20').slice(1),
        ],
      },
      ['IgG has no value in mg/dL or g/L'],
    ],
  ] as const)('pends %s, saying why', (_case, options, reasons) => {
    expect(determine(factsOf(options), ACME, TODAY)).toEqual({ outcome: 'pend', reasons });
  });

  it('reads IgG in g/L as mg/dL, and the latest result of each lab', () => {
    const labs = [
      { loinc: LAB_LOINC.IgG.code, value: 5.1, unit: 'g/L', date: '2025-11-02' },
      { loinc: LAB_LOINC.IgG.code, value: 1.5, unit: 'g/L', date: '2026-02-20' },
      ...piLabs('2026-02-20').slice(1),
    ];
    expect(determine(factsOf({ labs }), ACME, TODAY)).toMatchObject({
      outcome: 'certify',
      reasons: expect.arrayContaining(['IgG 150 mg/dL is below 200 mg/dL']),
    });
  });
});

describe('the labelled-indication rule', () => {
  it('certifies a labelled indication of the product named', () => {
    expect(determine(factsOf({ diagnosis: 'D83.9' }), MEDICAID, TODAY)).toMatchObject({
      outcome: 'certify',
    });
  });

  it('denies an indication the named product is not labelled for', () => {
    // Kawasaki disease is an IVIG indication, but not one of Privigen's.
    expect(determine(factsOf({ diagnosis: 'M30.3' }), MEDICAID, TODAY)).toEqual({
      outcome: 'deny',
      reasonCode: { code: 'OL', display: 'Not a labelled indication' },
      reasons: ['M30.3 (Kawasaki disease) is not a labelled indication of Privigen'],
    });
  });

  it('denies a diagnosis no immune globulin is labelled for', () => {
    expect(determine(factsOf({ diagnosis: 'G35' }), MEDICAID, TODAY)).toMatchObject({
      outcome: 'deny',
      reasons: ['G35 is not a labelled indication of any immune globulin'],
    });
  });

  it('falls back on the HCPCS code when the medication names no product it knows', () => {
    const facts = factsOf({ diagnosis: 'G61.81', medication: 'immune globulin', hcpcs: 'J1459' });
    expect(determine(facts, MEDICAID, TODAY)).toMatchObject({ outcome: 'certify' });
  });

  it('pends a request without an ICD-10-CM diagnosis', () => {
    const facts = readRequestFacts(checkedRequest(officialReferral()));
    expect(determine({ ...facts, diagnoses: [] }, MEDICAID, TODAY)).toMatchObject({
      outcome: 'pend',
    });
  });
});

describe('pend-all', () => {
  it('sends every request to a reviewer', () => {
    expect(determine(factsOf({}), { kind: 'pend-all' }, TODAY)).toMatchObject({ outcome: 'pend' });
  });
});
