import { z } from 'zod';
import { fileProblem, MAX_FILES_PER_REQUEST_BYTES } from '../shared/document-file';
import { EMPTY_LAB, labEntrySchema } from '../shared/lab-entry.schema';
import {
  BLOOD_TYPE_WORDS,
  DOCUMENT_TYPE_WORDS,
  PLAN_TYPE_WORDS,
  RISK_CONDITION_WORDS,
  SEX_WORDS,
  THERAPY_WORDS,
} from '../shared/referral-words';
import {
  choice,
  optionalDate,
  oneOf,
  optionalNumber,
  pastDate,
  positive,
  requiredChoice,
  requiredNumber,
  requiredText,
  text,
  wholeAtLeastOne,
} from '../shared/schema-fields';
import { isValidNpi } from './npi';

// The new-referral form's checks: the referral contract's shapes (referral-snapshot.schema.ts)
// and intake's fixed rules (NPI check digit, ICD-10-CM form). Dose, interval, body measures, lab
// values and the start-date window are intake's settings: the service judges them, and its 400s
// are shown beside the same fields.

const ICD10_FORM = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;
const PHONE = /^\+?[0-9 ().-]{7,25}$/;
const STATE = /^[A-Za-z]{2}$/;
const POSTAL_CODE = /^\d{5}(-\d{4})?$/;

const phone = text(25).refine(
  (value) => value === '' || PHONE.test(value),
  'Digits, spaces and + ( ) . - only, 7 to 25 of them',
);

const addressSchema = z
  .object({
    line1: text(200),
    line2: text(200),
    city: text(100),
    state: text(2),
    postalCode: text(10),
  })
  .superRefine((address, context) => {
    const problem = (field: keyof typeof address, message: string) =>
      context.addIssue({ code: 'custom', path: [field], message });
    // The address is optional, but once begun it must be whole.
    if (Object.values(address).every((value) => value === '')) return;
    if (address.line1 === '') problem('line1', 'Required once an address is given');
    if (address.city === '') problem('city', 'Required once an address is given');
    if (!STATE.test(address.state)) problem('state', 'Two letters, e.g. MD');
    if (!POSTAL_CODE.test(address.postalCode)) problem('postalCode', 'A ZIP code, e.g. 21230');
  });

const patientSchema = z.object({
  mrn: text(64),
  firstName: requiredText(100),
  lastName: requiredText(100),
  dateOfBirth: pastDate(),
  sex: requiredChoice(SEX_WORDS),
  heightCm: requiredNumber(positive),
  weightKg: requiredNumber(positive),
  bloodType: choice(BLOOD_TYPE_WORDS),
  allergies: z.array(z.string().trim().min(1).max(200, 'At most 200 characters each')).max(100),
  conditions: z.array(oneOf(RISK_CONDITION_WORDS)),
  address: addressSchema,
  phone,
});

const prescriberSchema = z.object({
  npi: z
    .string()
    .trim()
    .refine((value) => /^\d{10}$/.test(value), 'Ten digits')
    .refine((value) => !/^\d{10}$/.test(value) || isValidNpi(value), 'The check digit is wrong'),
  firstName: requiredText(100),
  lastName: requiredText(100),
  phone,
  specialty: text(100),
});

const orderSchema = z
  .object({
    therapy: requiredChoice(THERAPY_WORDS),
    diagnosisCode: z
      .string()
      .trim()
      .refine((value) => ICD10_FORM.test(value.toUpperCase()), 'An ICD-10-CM code, e.g. D83.9'),
    productPreference: text(100),
    doseGramsPerKg: requiredNumber(positive),
    infusionDays: requiredNumber(wholeAtLeastOne),
    intervalDays: requiredNumber(wholeAtLeastOne),
    startDate: optionalDate(),
    durationMonths: optionalNumber(wholeAtLeastOne),
    newStart: z.boolean(),
  })
  .superRefine((order, context) => {
    const days = Number(order.infusionDays);
    const interval = Number(order.intervalDays);
    if (order.infusionDays !== '' && order.intervalDays !== '' && days > interval)
      context.addIssue({
        code: 'custom',
        path: ['infusionDays'],
        message: 'Must not be more than the days between doses',
      });
  });

const insuranceSchema = z
  .object({
    planType: requiredChoice(PLAN_TYPE_WORDS),
    payerId: text(64),
    payerName: text(200),
    memberId: text(64),
    groupNumber: text(64),
  })
  .superRefine((insurance, context) => {
    if (insurance.planType === 'uninsured') return;
    for (const field of ['payerId', 'memberId'] as const)
      if (insurance[field] === '')
        context.addIssue({ code: 'custom', path: [field], message: 'Required unless uninsured' });
  });

const documentEntrySchema = z.object({
  type: requiredChoice(DOCUMENT_TYPE_WORDS, 'Choose the kind of document'),
  title: requiredText(200, 'Give the document a title'),
  file: z
    .instanceof(File, { message: 'Choose a file' })
    .nullable()
    .superRefine((file, context) => {
      const problem = file ? fileProblem(file) : 'Choose a file';
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});

export const referralFormSchema = z.object({
  patient: patientSchema,
  prescriber: prescriberSchema,
  order: orderSchema,
  insurance: insuranceSchema,
  labs: z.array(labEntrySchema).max(100, 'At most 100 labs'),
  documents: z
    .array(documentEntrySchema)
    .max(50, 'At most 50 documents')
    .superRefine((documents, context) => {
      const bytes = documents.reduce((sum, document) => sum + (document.file?.size ?? 0), 0);
      if (bytes > MAX_FILES_PER_REQUEST_BYTES)
        context.addIssue({
          code: 'custom',
          message: `The files come to more than ${MAX_FILES_PER_REQUEST_BYTES / (1024 * 1024)} MB together: attach the larger ones from the referral's page once it is submitted`,
        });
    }),
});

export type ReferralFormValues = z.infer<typeof referralFormSchema>;
export type DocumentEntry = ReferralFormValues['documents'][number];

export const EMPTY_DOCUMENT: DocumentEntry = { type: '', title: '', file: null };

export const EMPTY_REFERRAL: ReferralFormValues = {
  patient: {
    mrn: '',
    firstName: '',
    lastName: '',
    dateOfBirth: '',
    sex: '',
    heightCm: '',
    weightKg: '',
    bloodType: '',
    allergies: [],
    conditions: [],
    address: { line1: '', line2: '', city: '', state: '', postalCode: '' },
    phone: '',
  },
  prescriber: { npi: '', firstName: '', lastName: '', phone: '', specialty: '' },
  order: {
    therapy: '',
    diagnosisCode: '',
    productPreference: '',
    doseGramsPerKg: '',
    infusionDays: 1,
    intervalDays: '',
    startDate: '',
    durationMonths: '',
    newStart: true,
  },
  insurance: { planType: '', payerId: '', payerName: '', memberId: '', groupNumber: '' },
  labs: [EMPTY_LAB],
  documents: [EMPTY_DOCUMENT],
};
