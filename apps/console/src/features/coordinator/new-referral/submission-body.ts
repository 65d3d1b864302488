import type { InsuranceSnapshot, PatientSnapshot } from '@infuse/contracts';
import { base64Of, contentTypeOf } from '../shared/document-file';
import { labResultOf } from '../shared/lab-entry.schema';
import { given, numberOf } from '../shared/schema-fields';
import type { DocumentBody, SubmissionBody } from '../referrals/referrals.api';
import type { DocumentEntry, ReferralFormValues } from './referral-form.schema';

// The form's values as `POST /v1/referrals` takes them: optional fields left out when empty,
// codes in capitals, each lab with its code's unit, each file read into base64. Called with
// values the form's schema passed.

function required<Value>(value: Value | '' | undefined, what: string): Value {
  if (value === '' || value === undefined) throw new Error(`a referral body without ${what}`);
  return value;
}

function patientOf(patient: ReferralFormValues['patient']): PatientSnapshot {
  const { address } = patient;
  const hasAddress = Object.values(address).some((value) => value.trim() !== '');
  return {
    mrn: given(patient.mrn),
    firstName: patient.firstName.trim(),
    lastName: patient.lastName.trim(),
    dateOfBirth: patient.dateOfBirth,
    sex: required(patient.sex, 'sex'),
    heightCm: required(numberOf(patient.heightCm), 'height'),
    weightKg: required(numberOf(patient.weightKg), 'weight'),
    bloodType: patient.bloodType || undefined,
    allergies: patient.allergies.map((allergy) => allergy.trim()),
    conditions: patient.conditions,
    address: hasAddress
      ? {
          line1: address.line1.trim(),
          line2: given(address.line2),
          city: address.city.trim(),
          state: address.state.trim().toUpperCase(),
          postalCode: address.postalCode.trim(),
        }
      : undefined,
    phone: given(patient.phone),
  };
}

function insuranceOf(insurance: ReferralFormValues['insurance']): InsuranceSnapshot {
  const planType = required(insurance.planType, 'a plan type');
  // An uninsured patient has no payer: whatever was typed before choosing it is not sent.
  if (planType === 'uninsured') return { planType };
  return {
    planType,
    payerId: given(insurance.payerId),
    payerName: given(insurance.payerName),
    memberId: given(insurance.memberId),
    groupNumber: given(insurance.groupNumber),
  };
}

export async function documentBodyOf(entry: DocumentEntry): Promise<DocumentBody> {
  const file = required(entry.file ?? undefined, 'a file');
  return {
    type: required(entry.type, 'a document type'),
    title: entry.title.trim(),
    contentType: required(contentTypeOf(file), 'a content type intake takes'),
    contentBase64: await base64Of(file),
  };
}

export async function submissionBodyOf(values: ReferralFormValues): Promise<SubmissionBody> {
  const { prescriber, order } = values;
  return {
    patient: patientOf(values.patient),
    prescriber: {
      npi: prescriber.npi.trim(),
      firstName: prescriber.firstName.trim(),
      lastName: prescriber.lastName.trim(),
      phone: given(prescriber.phone),
      specialty: given(prescriber.specialty),
    },
    order: {
      therapy: required(order.therapy, 'a therapy'),
      diagnosisCode: order.diagnosisCode.trim().toUpperCase(),
      productPreference: given(order.productPreference),
      doseGramsPerKg: required(numberOf(order.doseGramsPerKg), 'a dose'),
      infusionDays: required(numberOf(order.infusionDays), 'the infusion days'),
      intervalDays: required(numberOf(order.intervalDays), 'the interval'),
      startDate: order.startDate || undefined,
      durationMonths: numberOf(order.durationMonths),
      newStart: order.newStart,
    },
    insurance: insuranceOf(values.insurance),
    labs: values.labs.map(labResultOf),
    documents: await Promise.all(values.documents.map(documentBodyOf)),
  };
}
