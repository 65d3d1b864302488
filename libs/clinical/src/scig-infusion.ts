import { ClinicalError, requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { isWithinBounds } from './clinical-types';
import { getProduct, mgPerMl } from './product-catalogue';
import { type ScigSiteRule } from './product-types';

/** One SC infusion to plan. */
export interface ScigInfusionRequest {
  readonly productId: string;
  readonly doseGrams: number;
  readonly weightKg: number;
  readonly ageYears: number;
  /** 1-based number of this SC infusion with the product. */
  readonly infusionNumber: number;
  /** Sites the nurse plans; defaults to the fewest that respect the mL-per-site limit. */
  readonly sites?: number;
}

/** One step of a stepped SC infusion (HyQvia 10-minute steps). */
export interface ScigRateStep {
  readonly startMinute: number;
  readonly durationMinutes: number;
  readonly mlPerHourPerSite: number;
  /** All sites together, after any total ceiling. */
  readonly mlPerHour: number;
  readonly mgPerKgMin: number;
  readonly volumeMl: number;
}

/** Findings of the SC plan. */
export type ScigInfusionIssue = 'TOO_MANY_SITES' | 'VOLUME_PER_SITE_EXCEEDED';

/** Sites, volume per site and rates for one SC infusion. */
export interface ScigInfusionPlan {
  readonly productId: string;
  readonly rule: string;
  readonly volumeMl: number;
  readonly sites: number;
  readonly maxSites?: number;
  readonly mlPerSite: number;
  readonly maxMlPerSite?: number;
  readonly startMlPerHourPerSite: number;
  readonly maxMlPerHourPerSite: number;
  readonly maxTotalMlPerHour?: number;
  readonly steps: readonly ScigRateStep[];
  /** Time at the highest allowed rate (or through the HyQvia steps). */
  readonly infusionMinutes: number;
  /** Time if the whole infusion ran at the starting rate (worst case). */
  readonly infusionMinutesAtStartRate: number;
  readonly issues: readonly ScigInfusionIssue[];
  readonly sources: readonly string[];
}

const roundTo = (value: number, places: number): number =>
  Math.round(value * 10 ** places) / 10 ** places;

function ruleMatches(
  rule: ScigSiteRule,
  request: ScigInfusionRequest,
  version: 'a' | 'b',
): boolean {
  return (
    (rule.labelVersion === undefined || rule.labelVersion === version) &&
    (rule.infusionNumber === undefined ||
      isWithinBounds(request.infusionNumber, rule.infusionNumber)) &&
    (rule.weightKg === undefined || isWithinBounds(request.weightKg, rule.weightKg)) &&
    (rule.ageYears === undefined || isWithinBounds(request.ageYears, rule.ageYears))
  );
}

/**
 * Plans one SC infusion from the per-site limits of section 1c: picks the rule for the infusion
 * number, weight and age; the fewest sites that keep each site within its volume; the rate per
 * site (HyQvia: its 10-minute steps, the last held to the end); and the time it takes at the
 * highest allowed rate.
 */
export function planScigInfusion(
  request: ScigInfusionRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): ScigInfusionPlan {
  const product = getProduct(request.productId, settings);
  const scig = product.scig;
  if (!scig) {
    throw new ClinicalError('CLINICAL.NOT_SCIG_PRODUCT', `${product.brandName} is not given SC`, {
      productId: product.id,
    });
  }
  const doseGrams = requirePositive(request.doseGrams, 'CLINICAL.INVALID_DOSE', 'doseGrams');
  const weightKg = requirePositive(request.weightKg, 'CLINICAL.INVALID_WEIGHT', 'weightKg');
  if (!Number.isInteger(request.infusionNumber) || request.infusionNumber < 1) {
    throw new ClinicalError(
      'CLINICAL.INVALID_INPUT',
      `infusionNumber must be 1 or more, got ${request.infusionNumber}`,
    );
  }
  const rule = scig.siteRules.find((candidate) =>
    ruleMatches(candidate, request, settings.cutaquigLabelVersion),
  );
  if (!rule) {
    throw new ClinicalError(
      'CLINICAL.NO_RATE_PROTOCOL',
      `no SC rate rule in the reference for ${product.brandName} at this age, weight and infusion number`,
      {
        productId: product.id,
      },
    );
  }
  const volumeMl = roundTo(doseGrams * scig.mlPerGram, 1);
  const sites =
    request.sites ?? (rule.maxMlPerSite ? Math.max(1, Math.ceil(volumeMl / rule.maxMlPerSite)) : 1);
  const mlPerSite = roundTo(volumeMl / sites, 1);
  const issues: ScigInfusionIssue[] = [];
  if (rule.maxSites !== undefined && sites > rule.maxSites) {
    issues.push('TOO_MANY_SITES');
  }
  if (rule.maxMlPerSite !== undefined && mlPerSite > rule.maxMlPerSite) {
    issues.push('VOLUME_PER_SITE_EXCEEDED');
  }

  const totalRate = (perSite: number): number =>
    Math.min(perSite * sites, rule.maxTotalMlPerHour ?? Number.POSITIVE_INFINITY);
  const perSiteRates = rule.stepRatesMlPerHourPerSite ?? [rule.mlPerHourPerSite.max];
  const stepMinutes = rule.stepMinutes ?? Number.POSITIVE_INFINITY;
  const steps: ScigRateStep[] = [];
  let remainingMl = volumeMl;
  let minute = 0;
  for (const [index, perSite] of perSiteRates.entries()) {
    const total = totalRate(perSite);
    const isLast = index === perSiteRates.length - 1 || (total / 60) * stepMinutes >= remainingMl;
    const minutes = isLast ? (remainingMl / total) * 60 : stepMinutes;
    const volume = isLast ? remainingMl : (total / 60) * minutes;
    steps.push({
      startMinute: Math.round(minute),
      durationMinutes: Math.ceil(roundTo(minutes, 6)),
      mlPerHourPerSite: perSite,
      mlPerHour: total,
      mgPerKgMin: roundTo((total * mgPerMl(product)) / (weightKg * 60), 2),
      volumeMl: roundTo(volume, 1),
    });
    minute += minutes;
    remainingMl -= volume;
    if (isLast) {
      break;
    }
  }
  return {
    productId: product.id,
    rule: rule.label,
    volumeMl,
    sites,
    ...(rule.maxSites !== undefined ? { maxSites: rule.maxSites } : {}),
    mlPerSite,
    ...(rule.maxMlPerSite !== undefined ? { maxMlPerSite: rule.maxMlPerSite } : {}),
    startMlPerHourPerSite: rule.mlPerHourPerSite.min,
    maxMlPerHourPerSite: rule.mlPerHourPerSite.max,
    ...(rule.maxTotalMlPerHour !== undefined ? { maxTotalMlPerHour: rule.maxTotalMlPerHour } : {}),
    steps,
    infusionMinutes: Math.ceil(roundTo(minute, 6)),
    infusionMinutesAtStartRate: Math.ceil(
      roundTo((volumeMl / totalRate(rule.mlPerHourPerSite.min)) * 60, 6),
    ),
    issues,
    sources: rule.sources,
  };
}
