import { type Therapy } from '@infuse/contracts';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type IndicationId } from './clinical-types';
import { getIndication } from './indications';
import { type InfusionHistory } from './infusion-start';
import { type RateCap } from './infusion-rate';
import { type PatientProfile } from './patient-profile';
import { findLabeledUse, routeForTherapy } from './product-catalogue';
import { type ImmuneGlobulinProduct } from './product-types';
import {
  type HardStopCode,
  type SafetyFinding,
  type SafetyScreening,
  screenSafety,
} from './safety-screening';

/** What to rank: every catalogue product for a patient, an indication and a therapy. */
export interface ProductRankingRequest {
  readonly patient: PatientProfile;
  readonly indication: IndicationId;
  readonly therapy: Therapy;
  /** Cumulative dose of the course, g/kg. */
  readonly courseDoseGramsPerKg: number;
  readonly history: InfusionHistory;
  /** Keep products not labeled for the indication, ranked after the labeled ones. */
  readonly allowOffLabel?: boolean;
  /** The prescriber's preference; ranks first among equally safe products. */
  readonly preferredProductId?: string;
}

/** Why a product was excluded. */
export type ExclusionCode = HardStopCode | 'NOT_LABELED_FOR_INDICATION' | 'NO_VIAL_SIZES';

/** One reason a product was excluded. */
export interface ExclusionReason {
  readonly code: ExclusionCode;
  readonly message: string;
  readonly sources: readonly string[];
}

/** An eligible product in rank order. */
export interface RankedProduct {
  readonly rank: number;
  readonly productId: string;
  readonly brandName: string;
  readonly labeled: boolean;
  readonly warnings: readonly SafetyFinding[];
  readonly rateCap?: RateCap;
  readonly screening: SafetyScreening;
}

/** A product that may not be used, with every reason. */
export interface ExcludedProduct {
  readonly productId: string;
  readonly brandName: string;
  readonly reasons: readonly ExclusionReason[];
}

/** Eligible products best first, and the excluded ones with their reasons. */
export interface ProductRanking {
  readonly eligible: readonly RankedProduct[];
  readonly excluded: readonly ExcludedProduct[];
}

interface Candidate {
  readonly product: ImmuneGlobulinProduct;
  readonly labeled: boolean;
  /** The labeled use, its rates or its regimen rest on unconfirmed facts (Flebogamma 10%). */
  readonly unconfirmedUse: boolean;
  readonly screening: SafetyScreening;
}

function exclusionReasons(
  product: ImmuneGlobulinProduct,
  request: ProductRankingRequest,
  candidate: Candidate | undefined,
  indicationName: string,
): ExclusionReason[] {
  const route = routeForTherapy(request.therapy);
  const reasons: ExclusionReason[] = [];
  if (!product.routes.includes(route)) {
    reasons.push({
      code: 'ROUTE_NOT_AVAILABLE',
      message: `${product.brandName} is not given ${route}`,
      sources: product.sources,
    });
    return reasons;
  }
  if (candidate && !candidate.labeled && !request.allowOffLabel) {
    reasons.push({
      code: 'NOT_LABELED_FOR_INDICATION',
      message: `${product.brandName} is not labeled for ${indicationName} (${route}) in the reference`,
      sources: product.sources,
    });
  }
  if (product.vials.length === 0) {
    reasons.push({
      code: 'NO_VIAL_SIZES',
      message: `the reference gives no vial sizes for ${product.brandName}`,
      sources: product.sources,
    });
  }
  for (const stop of candidate?.screening.hardStops ?? []) {
    reasons.push({ code: stop.code as HardStopCode, message: stop.message, sources: stop.sources });
  }
  return reasons;
}

function compareCandidates(a: Candidate, b: Candidate, request: ProductRankingRequest): number {
  const igaConcern = request.patient.conditions.includes('iga_deficiency_with_antibodies');
  const iga = (candidate: Candidate): number =>
    candidate.product.iga?.microgramsPerMl ?? Number.POSITIVE_INFINITY;
  const keys = (candidate: Candidate): number[] => [
    candidate.labeled ? 0 : 1,
    candidate.screening.warnings.length,
    candidate.screening.rateCap ? 1 : 0,
    candidate.unconfirmedUse ? 1 : 0,
    igaConcern ? iga(candidate) : 0, // lower IgA first [TRC][AAAAI]
    candidate.product.id === request.preferredProductId ? 0 : 1,
  ];
  const [keysA, keysB] = [keys(a), keys(b)];
  const difference = keysA
    .map((value, index) => value - (keysB[index] ?? 0))
    .find((value) => value !== 0);
  return difference ?? a.product.brandName.localeCompare(b.product.brandName);
}

/**
 * Ranks the catalogue for a patient: products given by the therapy's route, labeled for the
 * indication (unless off-label is allowed), with vial sizes and no hard stop are eligible, ranked
 * labeled first, then by fewest warnings (a 5% product for heart failure carries one [GMX4]),
 * no rate cap, confirmed label facts, lowest IgA (IgA deficiency), then the prescriber's
 * preference and the brand name. Every other product carries its exclusion reasons.
 */
export function rankProducts(
  request: ProductRankingRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): ProductRanking {
  const indication = getIndication(request.indication, settings);
  const route = routeForTherapy(request.therapy);
  const eligible: Candidate[] = [];
  const excluded: ExcludedProduct[] = [];
  for (const product of settings.products) {
    const use = findLabeledUse(product, indication.id, route);
    const candidate: Candidate | undefined = product.routes.includes(route)
      ? {
          product,
          labeled: use !== undefined,
          unconfirmedUse:
            use !== undefined &&
            (use.unconfirmed === true ||
              use.ivRate?.unconfirmed === true ||
              use.regimens.some((regimen) => regimen.unconfirmed === true)),
          screening: screenSafety(
            {
              patient: request.patient,
              productId: product.id,
              indication: indication.id,
              route,
              courseDoseGramsPerKg: request.courseDoseGramsPerKg,
              history: request.history,
            },
            settings,
          ),
        }
      : undefined;
    const reasons = exclusionReasons(product, request, candidate, indication.name);
    if (candidate && reasons.length === 0) {
      eligible.push(candidate);
    } else {
      excluded.push({ productId: product.id, brandName: product.brandName, reasons });
    }
  }
  const ranked = [...eligible].sort((a, b) => compareCandidates(a, b, request));
  return {
    eligible: ranked.map((candidate, index) => ({
      rank: index + 1,
      productId: candidate.product.id,
      brandName: candidate.product.brandName,
      labeled: candidate.labeled,
      warnings: candidate.screening.warnings,
      ...(candidate.screening.rateCap ? { rateCap: candidate.screening.rateCap } : {}),
      screening: candidate.screening,
    })),
    excluded,
  };
}
