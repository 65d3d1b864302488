import {
  type ClinicalSettings,
  type ImmuneGlobulinProduct,
  type IsoDate,
  LIVE_VACCINE_WAIT_MONTHS,
  liveVaccineEarliestDate,
  type MeaslesExposurePlan,
  type Route,
  troughRecheckWindow,
} from '@infuse/clinical';
import { type ReferralCopy } from '../referral-copy';
import { type ResolvedIndication } from '../therapy-facts';
import { type FindingList } from './findings';
import {
  type AuthorizationSection,
  type BillingSection,
  type InfusionPlan,
  type VialsSection,
} from './worksheet';

/** What the findings beyond the safety screen and the regimen check are read from. */
export interface NoteContext {
  readonly referral: ReferralCopy;
  readonly product: ImmuneGlobulinProduct;
  readonly prescribed:
    { readonly brand: string; readonly product: ImmuneGlobulinProduct | undefined } | undefined;
  readonly indication: ResolvedIndication;
  readonly route: Route;
  readonly cycle: number;
  readonly administrationDates: readonly IsoDate[];
  readonly vials: VialsSection;
  readonly billing: BillingSection;
  readonly authorization: AuthorizationSection | null;
  readonly infusionPlan: InfusionPlan | null;
  readonly measlesExposure: MeaslesExposurePlan | null;
  readonly settings: ClinicalSettings;
}

/**
 * The rest of the reference's rules that apply to a dose: what the pharmacist must acknowledge
 * (a changed brand, a diagnosis the reference does not list, vials outside the tolerance) and
 * what she should know (authorization, step rule, storage and handling, measles, vaccines).
 */
export function noteFindings(findings: FindingList, context: NoteContext): void {
  diagnosisFindings(findings, context);
  productFindings(findings, context);
  doseFindings(findings, context);
  authorizationFindings(findings, context);
  followUpFindings(findings, context);
}

function diagnosisFindings(findings: FindingList, { referral, indication }: NoteContext): void {
  if (!indication.mapped)
    findings.add(
      'DIAGNOSIS_NOT_IN_REFERENCE',
      'warn',
      `${referral.order.diagnosisCode} maps to no indication of the reference: no dose range is checked and the product's most conservative labeled rates apply`,
      [],
    );
  if (indication.codeUnconfirmed)
    findings.add(
      'DIAGNOSIS_DESCRIPTOR_UNCONFIRMED',
      'info',
      `The reference marks the descriptor of ${referral.order.diagnosisCode} unconfirmed`,
      [],
    );
}

function productFindings(findings: FindingList, context: NoteContext): void {
  const { product, prescribed } = context;
  if (prescribed && !prescribed.product)
    findings.add(
      'PRESCRIBED_BRAND_NOT_IN_CATALOGUE',
      'warn',
      `The prescribed ${prescribed.brand} is not in the catalogue; ${product.brandName} is proposed instead`,
      [],
    );
  else if (prescribed?.product && prescribed.product.id !== product.id)
    findings.add(
      'PRESCRIBED_BRAND_CHANGED',
      'warn',
      `Prescribed ${prescribed.product.brandName}; this dose is ${product.brandName}: confirm with the prescriber. Avoid mixing brands in one infusion`,
      ['ONT'],
    );
  if (product.unconfirmed.length > 0)
    findings.add(
      'UNCONFIRMED_PRODUCT_FACTS',
      'info',
      `${product.brandName}: ${product.unconfirmed.join(', ')} rest on facts the reference marks unconfirmed; check the current label`,
      product.sources,
    );
  if (product.doNotDilute)
    findings.add('DO_NOT_DILUTE', 'info', `Do not dilute ${product.brandName}`, [
      'OCT10b',
      'ASC1',
      'BIV1',
    ]);
  if (product.pooledBeyondUseHours !== undefined)
    findings.add(
      'POOLED_BAG_BEYOND_USE',
      'info',
      `Pooled ${product.brandName} bottles must be infused within ${product.pooledBeyondUseHours} h of pooling`,
      ['OCT10b'],
    );
  if (product.notes && product.notes.length > 0)
    findings.add('PRODUCT_NOTES', 'info', product.notes.join('. '), product.sources);
}

function doseFindings(findings: FindingList, context: NoteContext): void {
  const { vials, infusionPlan, settings } = context;
  if (!vials.withinTolerance)
    findings.add(
      'VIAL_DEVIATION_OUTSIDE_TOLERANCE',
      'warn',
      `No vial combination is within ±${vials.tolerancePercent}% of the order; the smallest that covers it deviates ${vials.deviationPercent}% (${vials.wasteGramsPerInfusionDay} g waste a day)`,
      ['NOR1', 'NGS'],
    );
  if (infusionPlan && !infusionPlan.stepRuleFromLabel) {
    const rule = settings.unspecifiedTitration;
    findings.add(
      'TITRATION_STEP_RULE_LOCAL',
      'info',
      `The label gives no step rule: rates ×${rule.rateMultiplier} every ${rule.stepMinutes} min, the pharmacy's protocol`,
      infusionPlan.sources,
    );
  }
}

function authorizationFindings(findings: FindingList, context: NoteContext): void {
  const { authorization, billing } = context;
  if (!authorization) {
    findings.add('NO_AUTHORIZATION', 'info', 'No authorization covers this dose yet', []);
    return;
  }
  for (const blocker of authorization.releaseBlockers) {
    const message =
      blocker.code === 'HCPCS_NOT_AUTHORIZED'
        ? `${billing.hcpcs} is not the authorized ${authorization.hcpcs}: the dose cannot be released until prior-auth authorizes ${billing.hcpcs}; verifying asks prior-auth for an update`
        : blocker.message;
    findings.add(blocker.code, 'info', message, ['ANB', 'PRI']);
  }
}

function followUpFindings(findings: FindingList, context: NoteContext): void {
  const { measlesExposure, administrationDates, route, cycle, product, settings } = context;
  if (measlesExposure?.kind === 'extra-ivig-dose')
    findings.add(
      'MEASLES_EXPOSURE',
      'info',
      `After a measles exposure: an extra ${measlesExposure.extraDoseGrams} g (${measlesExposure.extraDoseMgPerKg} mg/kg) as soon as possible, within ${measlesExposure.withinDays} days`,
      measlesExposure.sources,
    );
  if (measlesExposure?.kind === 'raise-weekly-scig-dose')
    findings.add(
      'MEASLES_EXPOSURE',
      'info',
      `After a measles exposure, if at risk: raise the weekly dose to at least ${measlesExposure.weeklyMinGrams} g (${measlesExposure.weeklyMinMgPerKg} mg/kg)`,
      measlesExposure.sources,
    );
  const last = administrationDates.at(-1);
  if (last)
    findings.add(
      'LIVE_VACCINES',
      'info',
      `Live vaccines lose efficacy after immune globulin: none before ${liveVaccineEarliestDate(last)} (${LIVE_VACCINE_WAIT_MONTHS} months; measles up to a year)`,
      ['OCT-MIMS'],
    );
  const first = administrationDates[0];
  if (route === 'SC' && cycle === 1 && first) {
    const window = troughRecheckWindow(product.id, first, settings);
    findings.add(
      'IGG_TROUGH_RECHECK',
      'info',
      `Recheck the IgG trough between ${window.earliestDate} and ${window.latestDate}`,
      window.sources,
    );
  }
}
