import { type LabCode, type LabResult } from '@infuse/contracts';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { addDays, addMonths, daysBetween, type IsoDate } from './iso-date';
import { getProduct } from './product-catalogue';

/** What the gate reads of a lab result of the referral contract: which lab, and when. */
export type DatedLab = Pick<LabResult, 'code' | 'collectedOn'>;

/** What the labs gate checks. */
export interface LabsGateRequest {
  readonly labs: readonly DatedLab[];
  /** The PA request date or the first dose date. */
  readonly referenceDate: IsoDate;
  /** An IVIG → SCIG switch needs an IgG trough first [HIZ1]. */
  readonly switchingIvigToScig?: boolean;
}

/** Why the gate is closed. */
export type LabsGateIssueCode = 'BUN_REQUIRED' | 'CREATININE_REQUIRED' | 'IGG_TROUGH_REQUIRED';

/** Result of `checkLabsGate`. */
export interface LabsGate {
  readonly passed: boolean;
  readonly maxAgeDays: number;
  readonly issues: readonly {
    readonly code: LabsGateIssueCode;
    readonly message: string;
    readonly sources: readonly string[];
  }[];
}

/** SCIG trough recheck 2–3 months after a switch or dose change (rule 13). */
export const TROUGH_RECHECK_MONTHS = { earliest: 2, latest: 3 } as const;

function latestWithin(
  labs: readonly DatedLab[],
  code: LabCode,
  referenceDate: IsoDate,
  maxAgeDays: number,
): DatedLab | undefined {
  return labs.find((lab) => {
    const age = daysBetween(lab.collectedOn, referenceDate);
    return lab.code === code && age >= 0 && age <= maxAgeDays;
  });
}

/**
 * Rule 13: BUN and creatinine collected at most 30 days (a setting, payer rule [PH2][MMO]) before
 * the PA request or first dose; an IgG trough before any IVIG → SCIG switch [HIZ1].
 */
export function checkLabsGate(
  request: LabsGateRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): LabsGate {
  const maxAgeDays = settings.baselineLabsMaxAgeDays;
  const issues: LabsGate['issues'][number][] = [];
  const window = `${addDays(request.referenceDate, -maxAgeDays)} to ${request.referenceDate}`;
  if (!latestWithin(request.labs, 'BUN', request.referenceDate, maxAgeDays)) {
    issues.push({
      code: 'BUN_REQUIRED',
      message: `BUN collected ${window} is required`,
      sources: ['PH2', 'MMO', 'GMX5'],
    });
  }
  if (!latestWithin(request.labs, 'creatinine', request.referenceDate, maxAgeDays)) {
    issues.push({
      code: 'CREATININE_REQUIRED',
      message: `Serum creatinine collected ${window} is required`,
      sources: ['PH2', 'MMO', 'GMX5'],
    });
  }
  const hasTrough = request.labs.some(
    (lab) => lab.code === 'IgG' && daysBetween(lab.collectedOn, request.referenceDate) >= 0,
  );
  if (request.switchingIvigToScig && !hasTrough) {
    issues.push({
      code: 'IGG_TROUGH_REQUIRED',
      message: 'An IgG trough is required before switching from IVIG to SCIG',
      sources: ['HIZ1'],
    });
  }
  return { passed: issues.length === 0, maxAgeDays, issues };
}

/** When to recheck the SCIG IgG trough. */
export interface TroughRecheckWindow {
  readonly earliestDate: IsoDate;
  readonly latestDate: IsoDate;
  readonly sources: readonly string[];
}

/**
 * Rule 13: recheck the SCIG trough 2–3 months after a switch or dose change; Xembify allows the
 * first trough from 5 weeks [XEM1].
 */
export function troughRecheckWindow(
  productId: string,
  changeDate: IsoDate,
  settings: ClinicalSettings = defaultClinicalSettings,
): TroughRecheckWindow {
  const product = getProduct(productId, settings);
  const firstAfterDays = product.scig?.firstTroughAfterDays;
  return {
    earliestDate:
      firstAfterDays !== undefined
        ? addDays(changeDate, firstAfterDays)
        : addMonths(changeDate, TROUGH_RECHECK_MONTHS.earliest),
    latestDate: addMonths(changeDate, TROUGH_RECHECK_MONTHS.latest),
    sources: firstAfterDays !== undefined ? ['XEM1', 'XEM3'] : ['HIZ1', 'XEM1'],
  };
}
