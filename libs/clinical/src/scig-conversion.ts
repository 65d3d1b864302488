import { type Therapy } from '@infuse/contracts';
import { ClinicalError, requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { addDays, type IsoDate } from './iso-date';
import { getProduct } from './product-catalogue';

/** The first SC dose is given 1 week after the last IVIG [HIZ1] (rule 6). */
export const FIRST_SC_DOSE_AFTER_DAYS = 7;
const DAYS_PER_WEEK = 7;

/** How often the SC dose is given. */
export type ScigFrequency =
  | { readonly kind: 'weekly' }
  /** Every 2 weeks: 2 × the weekly dose [HIZ1]. */
  | { readonly kind: 'biweekly' }
  /** 2–7 times a week: the weekly dose divided [HIZ1]. */
  | { readonly kind: 'times-per-week'; readonly times: number };

/** A switch to an SC product from the previous regimen. */
export interface ScigConversionRequest {
  readonly scigProductId: string;
  /** Grams per dose of the previous regimen (IVIG by default). */
  readonly previousGramsPerDose: number;
  /** Days between doses of the previous regimen. */
  readonly previousIntervalDays: number;
  readonly previousTherapy?: Therapy;
  /** Last dose of the previous regimen, to date the first SC dose. */
  readonly lastPreviousDoseDate?: IsoDate;
  /** Overrides the first SC dose date (HyQvia has no default). */
  readonly firstDoseDate?: IsoDate;
  readonly frequency?: ScigFrequency;
}

/** One HyQvia ramp-up dose: the dose for `weeksCovered` weeks, given at `week`. */
export interface RampUpDose {
  readonly week: number;
  readonly weeksCovered: number;
  readonly grams: number;
  readonly date?: IsoDate;
}

/** The SC regimen after conversion. */
export interface ScigConversion {
  readonly productId: string;
  readonly factor: number;
  readonly weeklyGrams: number;
  readonly frequency: ScigFrequency;
  readonly gramsPerDose: number;
  readonly dosesPerWeek: number;
  readonly mlPerDose: number;
  readonly firstDoseDate?: IsoDate;
  /** HyQvia only: doses at weeks 1, 2, 4, 7 covering 1, 2, 3, 4 weeks [HYQ1]. */
  readonly rampUp: readonly RampUpDose[];
  readonly notes: readonly string[];
  readonly sources: readonly string[];
}

const roundGrams = (grams: number): number => Math.round(grams * 1000) / 1000;

function dosesPerWeek(frequency: ScigFrequency): number {
  switch (frequency.kind) {
    case 'weekly':
      return 1;
    case 'biweekly':
      return 0.5;
    case 'times-per-week':
      if (!Number.isInteger(frequency.times) || frequency.times < 2 || frequency.times > 7) {
        throw new ClinicalError(
          'CLINICAL.INVALID_INPUT',
          `times per week must be 2–7, got ${frequency.times}`,
        );
      }
      return frequency.times;
  }
}

function hyqviaRampUp(
  weeklyGrams: number,
  intervalDays: number,
  firstDoseDate: IsoDate | undefined,
): RampUpDose[] {
  const fullWeeks = Math.max(1, Math.round(intervalDays / DAYS_PER_WEEK));
  const doses: RampUpDose[] = [];
  // The dose for k weeks is given k weeks after the previous ramp dose: weeks 1, 2, 4, 7 [HYQ1].
  for (
    let weeksCovered = 1, week = 1;
    weeksCovered <= fullWeeks;
    week += weeksCovered, weeksCovered += 1
  ) {
    doses.push({
      week,
      weeksCovered,
      grams: roundGrams(weeklyGrams * weeksCovered),
      ...(firstDoseDate ? { date: addDays(firstDoseDate, (week - 1) * DAYS_PER_WEEK) } : {}),
    });
  }
  return doses;
}

/**
 * IVIG → SCIG conversion (rule 6): weekly g = previous g ÷ weeks between doses × factor
 * (1.37 Hizentra, Gammagard SC, Gamunex-C SC; 1.30 Cuvitru, Cutaquig; Xembify 1.37 secondary).
 * Biweekly doubles the weekly dose; 2–7 times a week divides it. The first SC dose is 7 days
 * after the last IVIG. HyQvia keeps the IVIG dose and interval after a ramp-up.
 */
export function convertToScig(
  request: ScigConversionRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): ScigConversion {
  const product = getProduct(request.scigProductId, settings);
  const scig = product.scig;
  if (!scig || !product.routes.includes('SC')) {
    throw new ClinicalError('CLINICAL.NOT_SCIG_PRODUCT', `${product.brandName} is not given SC`, {
      productId: product.id,
    });
  }
  const previousGrams = requirePositive(
    request.previousGramsPerDose,
    'CLINICAL.INVALID_DOSE',
    'previousGramsPerDose',
  );
  const intervalDays = requirePositive(
    request.previousIntervalDays,
    'CLINICAL.INVALID_INTERVAL',
    'previousIntervalDays',
  );
  const weeks = intervalDays / DAYS_PER_WEEK;
  const fromScig = request.previousTherapy === 'SCIG';
  const notes: string[] = [];
  const { conversion } = scig;

  if (conversion.kind === 'same-dose-ramp-up') {
    const weeklyGrams = roundGrams(previousGrams / weeks);
    const rampUp = hyqviaRampUp(weeklyGrams, intervalDays, request.firstDoseDate);
    notes.push(
      `After the ramp-up, ${previousGrams} g every ${intervalDays} days as before [HYQ1]`,
      'Give the HY vial first, then the IG vial [HYQ1]',
    );
    return {
      productId: product.id,
      factor: 1,
      weeklyGrams,
      frequency: { kind: 'weekly' },
      gramsPerDose: previousGrams,
      dosesPerWeek: 1 / weeks,
      mlPerDose: roundGrams(previousGrams * scig.mlPerGram),
      ...(request.firstDoseDate ? { firstDoseDate: request.firstDoseDate } : {}),
      rampUp,
      notes,
      sources: conversion.sources,
    };
  }

  let factor = conversion.factor;
  if (fromScig) {
    factor = conversion.fromScigFactor ?? 1;
    if (conversion.fromScigFactor === undefined) {
      notes.push(
        'The reference gives no SCIG→SCIG factor for this product; the same weekly dose was kept',
      );
    }
  }
  if (conversion.evidence) {
    notes.push(`The conversion factor is ${conversion.evidence} in the reference`);
  }
  const frequency = request.frequency ?? { kind: 'weekly' };
  const perWeek = dosesPerWeek(frequency);
  const weeklyGrams = roundGrams((previousGrams / weeks) * factor);
  const gramsPerDose = roundGrams(weeklyGrams / perWeek);
  const firstDoseDate =
    request.firstDoseDate ??
    (request.lastPreviousDoseDate
      ? addDays(request.lastPreviousDoseDate, FIRST_SC_DOSE_AFTER_DAYS)
      : undefined);
  return {
    productId: product.id,
    factor,
    weeklyGrams,
    frequency,
    gramsPerDose,
    dosesPerWeek: perWeek,
    mlPerDose: roundGrams(gramsPerDose * scig.mlPerGram),
    ...(firstDoseDate ? { firstDoseDate } : {}),
    rampUp: [],
    notes,
    sources: conversion.sources,
  };
}
