import { requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type IndicationId, type Route } from './clinical-types';
import { addDays, daysBetween, type IsoDate } from './iso-date';
import { getProduct } from './product-catalogue';

/** Extra IVIG after measles exposure in PI: 400 mg/kg [PRV6][PAN1]. */
export const MEASLES_EXTRA_DOSE_MG_PER_KG = 400;
/** ...as soon as possible and within 6 days of exposure [PRV6][PAN1]. */
export const MEASLES_WINDOW_DAYS = 6;

/** The extra IVIG dose after a measles exposure. */
export interface MeaslesExposureDose {
  readonly grams: number;
  readonly giveByDate: IsoDate;
  /** Whether `asOf` is still within the window. */
  readonly withinWindow: boolean;
  readonly sources: readonly string[];
}

/**
 * A PI patient exposed to measles gets an extra 400 mg/kg IVIG as soon as possible and within
 * 6 days [PRV6][PAN1]. (Cutaquig patients instead raise the weekly dose to ≥245 mg/kg [CUT2].)
 */
export function measlesExposureDose(
  exposureDate: IsoDate,
  dosingWeightKg: number,
  asOf: IsoDate,
): MeaslesExposureDose {
  requirePositive(dosingWeightKg, 'CLINICAL.INVALID_WEIGHT', 'dosingWeightKg');
  const giveByDate = addDays(exposureDate, MEASLES_WINDOW_DAYS);
  return {
    grams: Math.round(MEASLES_EXTRA_DOSE_MG_PER_KG * dosingWeightKg) / 1000,
    giveByDate,
    withinWindow: daysBetween(exposureDate, asOf) >= 0 && daysBetween(asOf, giveByDate) >= 0,
    sources: ['PRV6', 'PAN1'],
  };
}

/** What a measles exposure changes for a patient on a product, for the worksheet to show. */
export type MeaslesExposurePlan =
  | {
      /** An extra IVIG dose, as soon as possible and within the window [PRV6][PAN1]. */
      readonly kind: 'extra-ivig-dose';
      readonly extraDoseMgPerKg: number;
      readonly extraDoseGrams: number;
      readonly withinDays: number;
      readonly sources: readonly string[];
    }
  | {
      /** The SC product's weekly dose is raised to at least this (Cutaquig ≥245 mg/kg [CUT2]). */
      readonly kind: 'raise-weekly-scig-dose';
      readonly weeklyMinMgPerKg: number;
      readonly weeklyMinGrams: number;
      readonly sources: readonly string[];
    };

/**
 * What a PI patient on this product would get after a measles exposure: the extra 400 mg/kg IVIG
 * within 6 days [PRV6][PAN1], or, on an SC product whose label gives its own rule, its raised
 * weekly dose (Cutaquig ≥245 mg/kg [CUT2]). Undefined outside PI, and for an SC product whose
 * label the reference gives no rule for.
 */
export function measlesExposurePlan(
  request: { readonly productId: string; readonly indication: IndicationId; readonly route: Route },
  dosingWeightKg: number,
  settings: ClinicalSettings = defaultClinicalSettings,
): MeaslesExposurePlan | undefined {
  requirePositive(dosingWeightKg, 'CLINICAL.INVALID_WEIGHT', 'dosingWeightKg');
  if (request.indication !== 'primary-immunodeficiency') return undefined;
  const product = getProduct(request.productId, settings);
  const weeklyMin = product.scig?.measlesExposureWeeklyMinMgPerKg;
  if (request.route === 'SC') {
    if (weeklyMin === undefined) return undefined;
    return {
      kind: 'raise-weekly-scig-dose',
      weeklyMinMgPerKg: weeklyMin,
      weeklyMinGrams: Math.round(weeklyMin * dosingWeightKg) / 1000,
      sources: ['CUT2'],
    };
  }
  return {
    kind: 'extra-ivig-dose',
    extraDoseMgPerKg: MEASLES_EXTRA_DOSE_MG_PER_KG,
    extraDoseGrams: Math.round(MEASLES_EXTRA_DOSE_MG_PER_KG * dosingWeightKg) / 1000,
    withinDays: MEASLES_WINDOW_DAYS,
    sources: ['PRV6', 'PAN1'],
  };
}
