import {
  ageInYears,
  type ClinicalSettings,
  findIndicationByIcd10,
  findProductByBrandName,
  type IndicationId,
  type IsoDate,
  listProducts,
  type PatientProfile,
  rankProducts,
  routeForTherapy,
} from '@infuse/clinical';
import { type ReferralCopy } from './referral-copy';

/** The indication of the referral's diagnosis, as the clinical library's rules take it. */
export interface ResolvedIndication {
  readonly id: IndicationId;
  /** False when the ICD-10 code maps to no indication of the reference. */
  readonly mapped: boolean;
  readonly name?: string;
  /** The reference marks the code's descriptor unconfirmed. */
  readonly codeUnconfirmed: boolean;
}

/**
 * The diagnosis as an indication. A code the reference does not list is read as secondary
 * immunodeficiency, the one indication no product is labeled for and no regimen covers: the
 * rules then flag it off-label, check no dose range, and use the product's most conservative
 * labeled rates, which is what a pharmacist does with an unlisted diagnosis.
 */
export function indicationOf(copy: ReferralCopy, settings: ClinicalSettings): ResolvedIndication {
  const match = findIndicationByIcd10(copy.order.diagnosisCode, settings);
  if (!match) return { id: 'secondary-immunodeficiency', mapped: false, codeUnconfirmed: false };
  return {
    id: match.indication.id,
    mapped: true,
    name: match.indication.name,
    codeUnconfirmed: match.entry.unconfirmed === true,
  };
}

/** The patient as the safety rules read them, on a given day. */
export function patientProfileOf(copy: ReferralCopy, on: IsoDate): PatientProfile {
  const { patient } = copy;
  return {
    ageYears: ageInYears(patient.dateOfBirth, on),
    conditions: patient.conditions,
    ...(patient.bloodType ? { bloodType: patient.bloodType } : {}),
  };
}

/**
 * The product a new order proposes: the prescribed brand when the catalogue has it for the
 * therapy's route, else the clinical ranking's first eligible product, else the first product
 * for the route, so that the worksheet can show the pharmacist why none is eligible.
 */
export function proposeProduct(
  copy: ReferralCopy,
  firstDate: IsoDate,
  settings: ClinicalSettings,
): string {
  const route = routeForTherapy(copy.order.therapy);
  const brand = copy.order.productPreference;
  const prescribed = brand ? findProductByBrandName(brand, settings) : undefined;
  if (prescribed?.routes.includes(route)) return prescribed.id;
  const indication = indicationOf(copy, settings);
  const ranking = rankProducts(
    {
      patient: patientProfileOf(copy, firstDate),
      indication: indication.id,
      therapy: copy.order.therapy,
      courseDoseGramsPerKg: copy.order.doseGramsPerKg,
      history: { infusionDate: firstDate },
      allowOffLabel: copy.offLabel || !indication.mapped,
    },
    settings,
  );
  const best = ranking.eligible[0]?.productId ?? listProducts({ route }, settings)[0]?.id;
  if (!best) throw new Error(`the catalogue has no ${route} product`);
  return best;
}
