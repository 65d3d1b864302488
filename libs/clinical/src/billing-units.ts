import { ClinicalError, requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { daysBetween, type IsoDate } from './iso-date';
import { getProduct } from './product-catalogue';

/** IVIG is billed in units of 500 mg [ANB][PRI][NGS]. */
export const IVIG_BILLING_UNIT_MG = 500;
/** SCIG is billed in units of 100 mg [ANB][PRI][NGS]. */
export const SCIG_BILLING_UNIT_MG = 100;

/** Billing units of a quantity of one product. */
export interface BillingUnits {
  readonly productId: string;
  readonly hcpcs: string;
  readonly billingUnitMg: number;
  /** Units before rounding (1.65 g of Cutaquig = 16.5). */
  readonly exactUnits: number;
  /** Whole units billed: a partial unit rounds up, since the whole vial is dispensed. */
  readonly units: number;
}

/** Billing units for `grams` of a product, from its HCPCS code's unit (IVIG 500 mg, SCIG 100 mg). */
export function billingUnitsFor(
  productId: string,
  grams: number,
  settings: ClinicalSettings = defaultClinicalSettings,
): BillingUnits {
  const product = getProduct(productId, settings);
  requirePositive(grams, 'CLINICAL.INVALID_DOSE', 'grams');
  const milligrams = Math.round(grams * 1000);
  const exactUnits = milligrams / product.hcpcs.billingUnitMg;
  return {
    productId: product.id,
    hcpcs: product.hcpcs.code,
    billingUnitMg: product.hcpcs.billingUnitMg,
    exactUnits,
    units: Math.ceil(exactUnits),
  };
}

/** An approved authorization and what has been dispensed against it. */
export interface AuthorizationBalance {
  readonly authorizedUnits: number;
  /** Authorized HCPCS code, when the authorization names one. */
  readonly hcpcs?: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  /** Units already dispensed in the authorized period. */
  readonly unitsDispensedInPeriod: number;
}

/** A dispense to check against the authorization. */
export interface DispenseCheckRequest {
  readonly productId: string;
  /** Grams in the vials dispensed (waste included). */
  readonly dispenseGrams: number;
  readonly dispenseDate: IsoDate;
  readonly authorization: AuthorizationBalance;
}

/** Why a dispense is blocked. */
export type DispenseIssueCode =
  'EXCEEDS_AUTHORIZED_UNITS' | 'OUTSIDE_AUTHORIZED_PERIOD' | 'HCPCS_NOT_AUTHORIZED';

/** Result of `checkDispenseAgainstAuthorization`. */
export interface DispenseCheck {
  readonly allowed: boolean;
  readonly billing: BillingUnits;
  readonly cumulativeUnits: number;
  /** Units left after this dispense (negative when exceeded). */
  readonly remainingUnits: number;
  readonly issues: readonly { readonly code: DispenseIssueCode; readonly message: string }[];
}

/**
 * Rule 24: blocks a shipment when the cumulative units dispensed in the authorized period would
 * exceed the authorized quantity, when the dispense falls outside the period, or when the product's
 * HCPCS code is not the authorized one.
 */
export function checkDispenseAgainstAuthorization(
  request: DispenseCheckRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): DispenseCheck {
  const { authorization } = request;
  if (authorization.authorizedUnits < 0 || authorization.unitsDispensedInPeriod < 0) {
    throw new ClinicalError(
      'CLINICAL.INVALID_INPUT',
      'authorized and dispensed units must not be negative',
      { ...authorization },
    );
  }
  if (daysBetween(authorization.periodStart, authorization.periodEnd) < 0) {
    throw new ClinicalError(
      'CLINICAL.INVALID_DATE',
      'the authorized period ends before it starts',
      { ...authorization },
    );
  }
  const billing = billingUnitsFor(request.productId, request.dispenseGrams, settings);
  const cumulativeUnits = authorization.unitsDispensedInPeriod + billing.units;
  const remainingUnits = authorization.authorizedUnits - cumulativeUnits;
  const issues: DispenseCheck['issues'][number][] = [];
  if (remainingUnits < 0) {
    issues.push({
      code: 'EXCEEDS_AUTHORIZED_UNITS',
      message: `${cumulativeUnits} units would exceed the ${authorization.authorizedUnits} authorized`,
    });
  }
  if (
    daysBetween(authorization.periodStart, request.dispenseDate) < 0 ||
    daysBetween(request.dispenseDate, authorization.periodEnd) < 0
  ) {
    issues.push({
      code: 'OUTSIDE_AUTHORIZED_PERIOD',
      message: `${request.dispenseDate} is outside ${authorization.periodStart}–${authorization.periodEnd}`,
    });
  }
  if (authorization.hcpcs !== undefined && authorization.hcpcs !== billing.hcpcs) {
    issues.push({
      code: 'HCPCS_NOT_AUTHORIZED',
      message: `${billing.hcpcs} is not the authorized ${authorization.hcpcs}`,
    });
  }
  return { allowed: issues.length === 0, billing, cumulativeUnits, remainingUnits, issues };
}
