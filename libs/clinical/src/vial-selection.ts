import { ClinicalError, requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { getProduct } from './product-catalogue';

/** Input of `selectVials`: one brand per infusion, so one product per call [ONT]. */
export interface VialSelectionRequest {
  readonly productId: string;
  /** Grams ordered for this infusion (one infusion day). */
  readonly orderedGrams: number;
  /** Sizes in stock, grams; defaults to every labeled size of the product. */
  readonly availableVialGrams?: readonly number[];
}

/** How many vials of one size to dispense. */
export interface VialCount {
  readonly grams: number;
  readonly count: number;
}

/** The vials for one infusion, closest to the ordered grams with the least waste (rule 8). */
export interface VialSelection {
  readonly productId: string;
  readonly orderedGrams: number;
  /** Largest vial first. */
  readonly vials: readonly VialCount[];
  readonly vialCount: number;
  readonly totalGrams: number;
  /** Dispensed minus ordered, grams (negative when rounded down). */
  readonly deviationGrams: number;
  readonly deviationPercent: number;
  /** Grams dispensed beyond the order. */
  readonly wasteGrams: number;
  readonly tolerancePercent: number;
  readonly withinTolerance: boolean;
  /**
   * 'closest-within-tolerance': a total within the tolerance, nearest to the order [ONT][GW];
   * 'smallest-covering': nothing fits the tolerance, so the smallest total that covers the order,
   * with the least waste [NOR1][NGS] (the pharmacist confirms the deviation).
   */
  readonly strategy: 'closest-within-tolerance' | 'smallest-covering';
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

interface Reachable {
  /** Fewest vials reaching each total (in units), or Infinity. */
  readonly count: number[];
  /** The vial (in units) added last to reach each total. */
  readonly lastVial: number[];
}

// Unbounded change-making over whole units: the fewest vials for every reachable total.
function reachableTotals(vialUnits: readonly number[], limit: number): Reachable {
  const count = new Array<number>(limit + 1).fill(Number.POSITIVE_INFINITY);
  const lastVial = new Array<number>(limit + 1).fill(0);
  count[0] = 0;
  for (let total = 1; total <= limit; total += 1) {
    for (const vial of vialUnits) {
      const previous =
        total >= vial
          ? (count[total - vial] ?? Number.POSITIVE_INFINITY)
          : Number.POSITIVE_INFINITY;
      if (previous + 1 < (count[total] ?? Number.POSITIVE_INFINITY)) {
        count[total] = previous + 1;
        lastVial[total] = vial;
      }
    }
  }
  return { count, lastVial };
}

function chooseTotal(
  reachable: Reachable,
  orderedUnits: number,
  toleranceUnits: number,
): { total: number; strategy: VialSelection['strategy'] } {
  let closest: number | undefined;
  let covering: number | undefined;
  reachable.count.forEach((vials, total) => {
    if (total === 0 || !Number.isFinite(vials)) {
      return;
    }
    const distance = Math.abs(total - orderedUnits);
    // Ties go to the lower total (less waste); totals are visited in ascending order.
    if (
      distance <= toleranceUnits &&
      (closest === undefined || distance < Math.abs(closest - orderedUnits))
    ) {
      closest = total;
    }
    if (total >= orderedUnits && covering === undefined) {
      covering = total;
    }
  });
  if (closest !== undefined) {
    return { total: closest, strategy: 'closest-within-tolerance' };
  }
  // The search limit is ordered + the largest vial, so a covering total always exists.
  return { total: covering ?? 0, strategy: 'smallest-covering' };
}

/**
 * Chooses the vials for one infusion (rule 8 ⚙): the combination closest to the ordered grams
 * within the tolerance (default ±5 %, unconfirmed), else the smallest combination that covers the
 * order with the least waste (Medicare: 1.5 g → 2 × 1 g, not 1 × 2.5 g [NOR1][NGS]). Among
 * combinations with the same total, the fewest vials.
 */
export function selectVials(
  request: VialSelectionRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): VialSelection {
  const product = getProduct(request.productId, settings);
  requirePositive(request.orderedGrams, 'CLINICAL.INVALID_DOSE', 'orderedGrams');
  const sizes = request.availableVialGrams ?? product.vials.map((vial) => vial.grams);
  const sizesMg = [...new Set(sizes.map((grams) => Math.round(grams * 1000)))].filter(
    (mg) => mg > 0,
  );
  if (sizesMg.length === 0) {
    throw new ClinicalError(
      'CLINICAL.NO_VIAL_SIZES',
      `no vial sizes known for ${product.brandName}`,
      {
        productId: product.id,
      },
    );
  }
  const unitMg = sizesMg.reduce(greatestCommonDivisor);
  const vialUnits = sizesMg.map((mg) => mg / unitMg).sort((a, b) => b - a);
  const orderedMg = Math.round(request.orderedGrams * 1000);
  const orderedUnits = orderedMg / unitMg;
  const limit = Math.ceil(orderedUnits) + Math.max(...vialUnits);
  const reachable = reachableTotals(vialUnits, limit);
  const tolerancePercent = settings.vialRoundingTolerancePercent;
  const { total, strategy } = chooseTotal(
    reachable,
    orderedUnits,
    (orderedUnits * tolerancePercent) / 100,
  );

  const counts = new Map<number, number>();
  for (let rest = total; rest > 0; rest -= reachable.lastVial[rest] ?? rest) {
    const vial = reachable.lastVial[rest] ?? rest;
    counts.set(vial, (counts.get(vial) ?? 0) + 1);
  }
  const vials = [...counts.entries()]
    .sort(([a], [b]) => b - a)
    .map(([units, count]) => ({ grams: (units * unitMg) / 1000, count }));
  const totalMg = total * unitMg;
  const deviationMg = totalMg - orderedMg;
  const deviationPercent = Math.round((deviationMg / orderedMg) * 1000) / 10;
  return {
    productId: product.id,
    orderedGrams: orderedMg / 1000,
    vials,
    vialCount: vials.reduce((sum, vial) => sum + vial.count, 0),
    totalGrams: totalMg / 1000,
    deviationGrams: deviationMg / 1000,
    deviationPercent,
    wasteGrams: Math.max(0, deviationMg) / 1000,
    tolerancePercent,
    withinTolerance: Math.abs(deviationMg) <= (orderedMg * tolerancePercent) / 100,
    strategy,
  };
}

/** The vials of one dose: the same selection for each of its infusion days. */
export interface DoseVials {
  /** The vials of one infusion day. */
  readonly perInfusionDay: VialSelection;
  readonly infusionDays: number;
  /** Grams dispensed for the whole dose, to the milligram. */
  readonly dispensedGrams: number;
}

/**
 * The vials dispensed for a dose given over `infusionDays` days of `gramsPerInfusionDay` each
 * (rule 8 ⚙ per day), and the grams they come to: what the dose is billed and authorized in.
 */
export function selectDoseVials(
  productId: string,
  gramsPerInfusionDay: number,
  infusionDays: number,
  settings: ClinicalSettings = defaultClinicalSettings,
): DoseVials {
  const perInfusionDay = selectVials({ productId, orderedGrams: gramsPerInfusionDay }, settings);
  return {
    perInfusionDay,
    infusionDays,
    dispensedGrams: Math.round(perInfusionDay.totalGrams * infusionDays * 1000) / 1000,
  };
}
