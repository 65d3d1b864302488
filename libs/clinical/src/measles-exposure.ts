import { requirePositive } from './clinical-error';
import { addDays, daysBetween, type IsoDate } from './iso-date';

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
