import { ReferralAccepted } from '@infuse/contracts';
import {
  labsPayersUse,
  pasInquiryInputOf,
  pasRequestInputOf,
  type RequestToSend,
} from './pas-request-mapping';
import { type ReferralSnapshot } from './referral-snapshot';
import { PRIVIGEN_THERAPY } from './requested-therapy.testing';

const accepted = ReferralAccepted.example;

const referral: ReferralSnapshot = {
  referralId: accepted.referralId,
  patientId: accepted.patientId,
  acceptedAt: new Date(accepted.acceptedAt),
  offLabel: false,
  patient: accepted.patient,
  prescriber: accepted.prescriber,
  order: accepted.order,
  insurance: accepted.insurance,
  labs: accepted.labs,
  documents: accepted.documents,
  cancelledAt: null,
};

const request: RequestToSend = {
  authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
  payer: { id: 'acme-health', name: 'Acme Health Plan' },
  memberId: null,
  therapy: PRIVIGEN_THERAPY,
};

const pharmacy = {
  name: 'Infuse Home Infusion Pharmacy',
  npi: '1745839021',
  phone: '+1-410-555-0100',
  address: { line1: '400 Pratt Street', city: 'Baltimore', state: 'MD', postalCode: '21202' },
};

const identity = {
  claimIdentifier: { system: 'urn:infuse:authorization-request', value: request.authorizationId },
  bundleIdentifier: 'b2d8f7b4-8a0c-4f0e-9b37-0a6f5c1d2e3f',
  submissionId: 'c6f1e2d3-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  createdAt: '2026-11-21T15:41:06.000Z',
};
const submission = { certification: 'initial' as const, ...identity };

const prescription = {
  id: '3c9e7a51-2f4d-4b8a-9e6c-71d0a5b2c3e4',
  type: 'prescription',
  title: 'Signed IVIG order',
  contentType: 'application/pdf',
  data: 'JVBERi0xLjQK',
};

describe('the PAS request for a submission', () => {
  it('names the pharmacy, payer, patient, coverage, prescriber, diagnosis, the one item and the evidence', () => {
    expect(pasRequestInputOf(request, referral, pharmacy, submission, [prescription])).toEqual({
      ...submission,
      pharmacy,
      payer: { id: 'acme-health', name: 'Acme Health Plan' },
      patient: {
        id: accepted.patientId,
        mrn: 'MRN-20481',
        firstName: 'Maren',
        lastName: 'Okafor',
        dateOfBirth: '1979-03-14',
        sex: 'female',
        address: { line1: '12 Harbor Lane', city: 'Baltimore', state: 'MD', postalCode: '21230' },
        phone: '+1-410-555-0142',
      },
      coverage: { memberId: 'ACM-883920114', groupNumber: 'GRP-5520', planType: 'commercial' },
      prescriber: {
        npi: '1234567893',
        firstName: 'Lena',
        lastName: 'Hart',
        phone: '+1-410-555-0199',
      },
      diagnosisCode: 'D83.9',
      item: {
        hcpcs: 'J1459',
        units: 504,
        periodStart: '2026-12-07',
        periodEnd: '2027-06-06',
        medication: {
          productName: 'Privigen',
          route: 'IV',
          doseGramsPerKg: 0.5,
          doseGrams: 35.6,
          infusionDays: 1,
          intervalDays: 28,
          startDate: '2026-12-07',
        },
      },
      documents: [prescription],
      // IgA is not among the labs payers ask for.
      labs: [
        { code: 'IgG', value: 310, unit: 'mg/dL', collectedOn: '2026-11-12' },
        { code: 'BUN', value: 14, unit: 'mg/dL', collectedOn: '2026-11-12' },
        { code: 'creatinine', value: 0.8, unit: 'mg/dL', collectedOn: '2026-11-12' },
      ],
    });
  });

  it('sends the member id a coordinator corrected', () => {
    const input = pasRequestInputOf(
      { ...request, memberId: 'ACM-883920115' },
      referral,
      pharmacy,
      submission,
      [],
    );
    expect(input.coverage.memberId).toBe('ACM-883920115');
  });

  it.each([
    ['medicare_advantage', 'medicare'],
    ['medicaid', 'medicaid'],
    ['tricare', 'other'],
    ['va', 'other'],
  ] as const)('calls a %s plan %s', (planType, expected) => {
    const insured = { ...referral, insurance: { ...referral.insurance, planType } };
    expect(pasRequestInputOf(request, insured, pharmacy, submission, []).coverage.planType).toBe(
      expected,
    );
  });

  it('leaves out what the referral does not give', () => {
    const sparse: ReferralSnapshot = {
      ...referral,
      patient: { ...referral.patient, mrn: undefined, address: undefined, phone: undefined },
      prescriber: { ...referral.prescriber, phone: undefined },
      insurance: { ...referral.insurance, groupNumber: undefined },
    };
    const input = pasRequestInputOf(request, sparse, pharmacy, submission, []);
    expect(Object.keys(input.patient).sort()).toEqual([
      'dateOfBirth',
      'firstName',
      'id',
      'lastName',
      'sex',
    ]);
    expect(input.prescriber).not.toHaveProperty('phone');
    expect(input.coverage).not.toHaveProperty('groupNumber');
  });

  it('asks about the submitted item in an inquiry', () => {
    expect(pasInquiryInputOf(request, referral, pharmacy, identity)).toMatchObject({
      claimIdentifier: submission.claimIdentifier,
      coverage: { memberId: 'ACM-883920114' },
      item: { hcpcs: 'J1459', periodStart: '2026-12-07', periodEnd: '2027-06-06' },
    });
  });
});

describe('labsPayersUse', () => {
  it('keeps the latest IgG, BUN and creatinine, a same-day correction over the first', () => {
    expect(
      labsPayersUse([
        { code: 'IgG', value: 310, unit: 'mg/dL', collectedOn: '2026-11-12' },
        { code: 'BUN', value: 14, unit: 'mg/dL', collectedOn: '2026-11-12' },
        { code: 'IgG', value: 298, unit: 'mg/dL', collectedOn: '2026-11-21' },
        { code: 'hemoglobin', value: 12.1, unit: 'g/dL', collectedOn: '2026-11-21' },
        { code: 'BUN', value: 15, unit: 'mg/dL', collectedOn: '2026-11-12' },
      ]),
    ).toEqual([
      { code: 'IgG', value: 298, unit: 'mg/dL', collectedOn: '2026-11-21' },
      { code: 'BUN', value: 15, unit: 'mg/dL', collectedOn: '2026-11-12' },
    ]);
  });
});
