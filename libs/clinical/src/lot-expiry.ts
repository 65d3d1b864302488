import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import {
  addMinutes,
  addMonths,
  daysBetween,
  earlierDate,
  type IsoDate,
  type IsoLocalDateTime,
  minutesBetween,
} from './iso-date';
import { getProduct } from './product-catalogue';

/** What the nurse records for the vial(s) administered. */
export interface LotRecord {
  readonly productId?: string;
  readonly lotNumber?: string;
  /** Expiry printed on the lot. */
  readonly expiryDate?: IsoDate;
  /** Date the lot left refrigeration, when it did. */
  readonly removedFromRefrigerationOn?: IsoDate;
}

/** Why a lot cannot be recorded as administered. */
export type LotIssueCode =
  | 'PRODUCT_REQUIRED'
  | 'LOT_NUMBER_REQUIRED'
  | 'EXPIRY_REQUIRED'
  | 'LOT_EXPIRED'
  | 'ROOM_TEMPERATURE_LIMIT_PASSED';

/** Result of `checkLotForAdministration`. */
export interface LotCheck {
  readonly allowed: boolean;
  /** The earlier of the printed expiry and the room-temperature expiry. */
  readonly effectiveExpiryDate?: IsoDate;
  readonly issues: readonly {
    readonly code: LotIssueCode;
    readonly message: string;
    readonly sources: readonly string[];
  }[];
}

/**
 * The expiry once a lot leaves refrigeration: the date it left plus the product's room-temperature
 * months (Gammagard 24, Octagam 10% 9, Gamunex-C 6, Panzyga 12 at ≤25 °C), never later than the
 * printed expiry (rule 19). Products stored at room temperature keep the printed expiry.
 */
export function roomTemperatureExpiryDate(
  productId: string,
  printedExpiry: IsoDate,
  removedOn: IsoDate,
  settings: ClinicalSettings = defaultClinicalSettings,
): IsoDate {
  const months = getProduct(productId, settings).storage.roomTemperatureMonths;
  return months === undefined
    ? printedExpiry
    : earlierDate(printedExpiry, addMonths(removedOn, months));
}

/**
 * Rule 19: a dose cannot be marked administered without product, lot number and expiry [HIZ7]
 * [OCT-PL]; a lot past its expiry, or past its room-temperature expiry, is blocked.
 */
export function checkLotForAdministration(
  lot: LotRecord,
  administrationDate: IsoDate,
  settings: ClinicalSettings = defaultClinicalSettings,
): LotCheck {
  const issues: LotCheck['issues'][number][] = [];
  const traceability = ['HIZ7', 'OCT-PL'];
  if (!lot.productId) {
    issues.push({
      code: 'PRODUCT_REQUIRED',
      message: 'Record the product name',
      sources: traceability,
    });
  }
  if (!lot.lotNumber?.trim()) {
    issues.push({
      code: 'LOT_NUMBER_REQUIRED',
      message: 'Record the lot number',
      sources: traceability,
    });
  }
  if (!lot.expiryDate) {
    issues.push({
      code: 'EXPIRY_REQUIRED',
      message: 'Record the expiry date',
      sources: traceability,
    });
  }
  if (!lot.productId || !lot.expiryDate) {
    return { allowed: false, issues };
  }
  if (daysBetween(lot.expiryDate, administrationDate) > 0) {
    issues.push({
      code: 'LOT_EXPIRED',
      message: `Lot expired on ${lot.expiryDate}`,
      sources: traceability,
    });
  }
  const effectiveExpiryDate = lot.removedFromRefrigerationOn
    ? roomTemperatureExpiryDate(
        lot.productId,
        lot.expiryDate,
        lot.removedFromRefrigerationOn,
        settings,
      )
    : lot.expiryDate;
  if (
    effectiveExpiryDate !== lot.expiryDate &&
    daysBetween(effectiveExpiryDate, administrationDate) > 0
  ) {
    issues.push({
      code: 'ROOM_TEMPERATURE_LIMIT_PASSED',
      message: `Room-temperature limit passed on ${effectiveExpiryDate}`,
      sources: getProduct(lot.productId, settings).sources,
    });
  }
  return { allowed: issues.length === 0, effectiveExpiryDate, issues };
}

/** Rule 20: when a pooled bag must be finished (Octagam 10%: 8 h after pooling [OCT10b]). */
export function pooledBagBeyondUse(
  productId: string,
  pooledAt: IsoLocalDateTime,
  settings: ClinicalSettings = defaultClinicalSettings,
): IsoLocalDateTime | undefined {
  const hours = getProduct(productId, settings).pooledBeyondUseHours;
  return hours === undefined ? undefined : addMinutes(pooledAt, hours * 60);
}

/** Whether a pooled bag may still be infused at `at` (false for a product not labeled for pooling). */
export function isPooledBagUsable(
  productId: string,
  pooledAt: IsoLocalDateTime,
  at: IsoLocalDateTime,
  settings: ClinicalSettings = defaultClinicalSettings,
): boolean {
  const beyondUse = pooledBagBeyondUse(productId, pooledAt, settings);
  return (
    beyondUse !== undefined &&
    minutesBetween(pooledAt, at) >= 0 &&
    minutesBetween(at, beyondUse) >= 0
  );
}
