import { type LabResult, type PlanType } from '@infuse/contracts';
import {
  type PasDocument,
  type PasInquiryInput,
  type PasLab,
  type PasRequestInput,
} from '@infuse/pas';
import { type ReferralSnapshot } from './referral-snapshot';
import { type RequestedTherapy } from './requested-therapy';

/** The pharmacy, the dispensing provider of every request (Claim.provider). */
export interface PharmacyParty {
  name: string;
  npi: string;
  phone?: string;
  address?: { line1: string; line2?: string; city: string; state: string; postalCode: string };
}

/** One request as the mapping needs it. */
export interface RequestToSend {
  authorizationId: string;
  payer: { id: string; name: string };
  /** A coordinator's correction, else the referral's member id. */
  memberId: string | null;
  therapy: RequestedTherapy;
}

/** What makes one submission distinct from another of the same request. */
export interface SubmissionIdentity {
  certification: PasRequestInput['certification'];
  claimIdentifier: { system: string; value: string };
  bundleIdentifier: string;
  /** A UUID, seeding the bundle's fullUrls, so they are new for every submission. */
  submissionId: string;
  createdAt: string;
}

// Labs payers ask for with an immunoglobulin request: the IgG trough and renal function, BUN and
// creatinine within 30 days [PH2][MMO] (rule 13). eGFR is not yet in the referral vocabulary.
const LABS_PAYERS_USE = new Set(['IgG', 'BUN', 'creatinine', 'eGFR']);

// Commercial, Medicare (fee-for-service or Advantage), Medicaid, and the others PAS does not name.
const PLAN_TYPE: Record<Exclude<PlanType, 'uninsured'>, PasRequestInput['coverage']['planType']> = {
  commercial: 'commercial',
  medicare: 'medicare',
  medicare_advantage: 'medicare',
  medicaid: 'medicaid',
  tricare: 'other',
  va: 'other',
};

/** The PAS request for one submission of a request: the referral's parties, the product, the evidence. */
export function pasRequestInputOf(
  request: RequestToSend,
  referral: ReferralSnapshot,
  pharmacy: PharmacyParty,
  submission: SubmissionIdentity,
  documents: readonly PasDocument[],
): PasRequestInput {
  const { therapy } = request;
  return {
    ...submission,
    ...partiesOf(request, referral, pharmacy),
    prescriber: {
      npi: referral.prescriber.npi,
      firstName: referral.prescriber.firstName,
      lastName: referral.prescriber.lastName,
      ...(referral.prescriber.phone ? { phone: referral.prescriber.phone } : {}),
    },
    diagnosisCode: referral.order.diagnosisCode,
    item: {
      hcpcs: therapy.hcpcs,
      units: therapy.requestedUnits,
      periodStart: therapy.periodStart,
      periodEnd: therapy.periodEnd,
      medication: {
        productName: therapy.productName,
        route: therapy.route,
        doseGramsPerKg: therapy.doseGramsPerKg,
        doseGrams: therapy.doseGrams,
        infusionDays: therapy.infusionDays,
        intervalDays: therapy.intervalDays,
        startDate: therapy.firstDoseDate,
      },
    },
    documents,
    labs: labsPayersUse(referral.labs),
  };
}

/** The inquiry about a submitted request: who, for which coverage, and which item. */
export function pasInquiryInputOf(
  request: RequestToSend,
  referral: ReferralSnapshot,
  pharmacy: PharmacyParty,
  submission: Omit<SubmissionIdentity, 'certification'>,
): PasInquiryInput {
  return {
    ...submission,
    ...partiesOf(request, referral, pharmacy),
    item: {
      hcpcs: request.therapy.hcpcs,
      periodStart: request.therapy.periodStart,
      periodEnd: request.therapy.periodEnd,
    },
  };
}

// Who a request is between, for which patient and coverage: the same in a request and an inquiry.
function partiesOf(
  request: RequestToSend,
  referral: ReferralSnapshot,
  pharmacy: PharmacyParty,
): Pick<PasInquiryInput, 'pharmacy' | 'payer' | 'patient' | 'coverage'> {
  return {
    pharmacy,
    payer: request.payer,
    patient: patientOf(referral),
    coverage: coverageOf(request, referral),
  };
}

function patientOf(referral: ReferralSnapshot): PasRequestInput['patient'] {
  const { patient } = referral;
  return {
    id: referral.patientId,
    ...(patient.mrn ? { mrn: patient.mrn } : {}),
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    sex: patient.sex,
    ...(patient.address ? { address: patient.address } : {}),
    ...(patient.phone ? { phone: patient.phone } : {}),
  };
}

function coverageOf(
  request: RequestToSend,
  referral: ReferralSnapshot,
): PasRequestInput['coverage'] {
  const { insurance } = referral;
  const memberId = request.memberId ?? insurance.memberId;
  // The contract requires a member id unless uninsured, and uninsured referrals get no request.
  if (!memberId || insurance.planType === 'uninsured')
    throw new Error(`request ${request.authorizationId} has no coverage to send`);
  return {
    memberId,
    ...(insurance.groupNumber ? { groupNumber: insurance.groupNumber } : {}),
    planType: PLAN_TYPE[insurance.planType],
  };
}

/** The latest result of each lab payers use, in the order the referral lists them. */
export function labsPayersUse(labs: readonly LabResult[]): PasLab[] {
  const latest = new Map<string, LabResult>();
  for (const lab of labs) {
    if (!LABS_PAYERS_USE.has(lab.code)) continue;
    const kept = latest.get(lab.code);
    // A lab added later with the same collection day is the correction: it wins.
    if (!kept || lab.collectedOn >= kept.collectedOn) latest.set(lab.code, lab);
  }
  return labs
    .filter((lab) => latest.get(lab.code) === lab)
    .map((lab) => ({
      code: lab.code,
      value: lab.value,
      unit: lab.unit,
      collectedOn: lab.collectedOn,
    }));
}
