import { type Therapy } from '@infuse/contracts';
import {
  type Bounds,
  type DosePhase,
  type IndicationId,
  type NumberRange,
  type ProductId,
  type Route,
} from './clinical-types';

/** Excipients that drive safety rules (section 3 of the reference). */
export type Stabilizer =
  'glycine' | 'l-proline' | 'maltose' | 'sorbitol' | 'glucose' | 'polysorbate-80' | 'human-albumin';

/** IgA content of a product in µg/mL; `basis` says how the label states it. */
export interface IgaContent {
  readonly microgramsPerMl: number;
  readonly basis: 'average' | 'maximum' | 'below';
}

/** One vial (or prefilled syringe) size. */
export interface VialSize {
  readonly grams: number;
  readonly ml?: number;
}

/** Storage and room-temperature limits. */
export interface StorageRule {
  readonly description: string;
  /** Shelf life at 2–8 °C, months. */
  readonly refrigeratedMonths?: number;
  /** Highest labeled storage temperature, °C. */
  readonly maxCelsius?: number;
  /**
   * Months the product may be kept at ≤25 °C once it leaves refrigeration (never beyond the
   * printed expiry). Absent when the product is stored at room temperature anyway.
   */
  readonly roomTemperatureMonths?: number;
  /** Shelf life at room temperature when that is the labeled storage, months. */
  readonly shelfLifeMonths?: number;
  /** Hizentra: store at ≤25 °C, do not refrigerate or freeze. */
  readonly doNotRefrigerate?: boolean;
}

/** HCPCS code and its billing unit (IVIG 500 mg, SCIG 100 mg [ANB][PRI][NGS]). */
export interface HcpcsCode {
  readonly code: string;
  readonly billingUnitMg: 100 | 500;
  readonly sources: readonly string[];
  /** True when the reference marks the code unconfirmed. */
  readonly unconfirmed?: boolean;
  readonly note?: string;
}

/**
 * One labeled (or guideline) dose regimen. The dose is the total of one cycle or course,
 * split over `infusionDays` consecutive days, repeated every `intervalDays` when given.
 */
export interface RegimenOption {
  readonly phase: DosePhase;
  /** Total dose of one cycle or course, mg/kg. */
  readonly cycleDoseMgPerKg: NumberRange;
  /** 'month': the range is per month (MMN "0.5–2.4 g/kg/month"), not per cycle. */
  readonly doseBasis?: 'cycle' | 'month';
  /** Consecutive days the cycle dose is split over. */
  readonly infusionDays?: NumberRange;
  /** Days from the start of one cycle to the start of the next; absent for a single course. */
  readonly intervalDays?: NumberRange;
  /** Kawasaki: one infusion over 10–12 h. */
  readonly infusionHours?: NumberRange;
  readonly sources: readonly string[];
  readonly unconfirmed?: boolean;
  readonly note?: string;
}

/** How rates step up after the initial rate. */
export type TitrationIncrements =
  /** The label lists the rates in order (Octagam 10%, Gammaplex 10%). */
  | { readonly kind: 'listed'; readonly ratesMgPerKgMin: readonly number[] }
  /** The label adds a fixed amount each step (Bivigam +0.8 mg/kg/min). */
  | { readonly kind: 'additive'; readonly incrementMgPerKgMin: number }
  /** The label says "as tolerated" / "gradually": the step rule is a setting. */
  | { readonly kind: 'unspecified' };

/** Initial rate, titration and maximum rate of an IV product for one indication. */
export interface IvRateProtocol {
  readonly initialMgPerKgMin: number;
  /** Minutes at the initial rate; absent when the label gives none. */
  readonly initialMinutes?: number;
  /** Minutes between later steps; absent when the label gives none. */
  readonly stepMinutes?: number;
  readonly increments: TitrationIncrements;
  /** Absent when the reference has no maximum (Octagam 5%). */
  readonly maxMgPerKgMin?: number;
  /**
   * The rates as the label states them for the pump, mL/kg/h (Gammagard Liquid: 0.5 initial,
   * 5 maximum [GGL1]). Where given they win over the mg/kg/min figures, which the label rounds
   * from them (0.5 mL/kg/h at 10% is 0.83 mg/kg/min, printed 0.8): see resolveIvRateProtocol.
   */
  readonly mlPerKgHour?: { readonly initial: number; readonly max?: number };
  readonly sources: readonly string[];
  readonly unconfirmed?: boolean;
}

/** A labeled use of a product by one route: indication, population, regimens and rates. */
export interface LabeledUse {
  readonly indication: IndicationId;
  readonly route: Route;
  /** Youngest labeled age, years ('adults' = 18). */
  readonly minAgeYears?: number;
  /** Product-specific regimens; empty means the indication's guideline regimen applies. */
  readonly regimens: readonly RegimenOption[];
  /** IV rates for this indication. */
  readonly ivRate?: IvRateProtocol;
  readonly sources: readonly string[];
  readonly unconfirmed?: boolean;
}

/** Per-site SC infusion limits, selected by infusion number, weight and age. */
export interface ScigSiteRule {
  readonly label: string;
  /** 1-based number of the SC infusion with this product. */
  readonly infusionNumber?: Bounds;
  readonly weightKg?: Bounds;
  readonly ageYears?: Bounds;
  /** Starting and highest rate per site, mL/h. */
  readonly mlPerHourPerSite: NumberRange;
  /** HyQvia: rates per site at each step of `stepMinutes`, the last one held to the end. */
  readonly stepRatesMlPerHourPerSite?: readonly number[];
  readonly stepMinutes?: number;
  readonly maxMlPerSite?: number;
  readonly maxSites?: number;
  /** Ceiling for all sites together, mL/h. */
  readonly maxTotalMlPerHour?: number;
  /** Cutaquig: the reference saw two label versions ('a' and 'b'); a setting picks one. */
  readonly labelVersion?: 'a' | 'b';
  readonly sources: readonly string[];
  readonly unconfirmed?: boolean;
}

/** How the SC dose is derived from a prior IVIG dose. */
export type ScigConversion =
  /** weekly g = IVIG g ÷ weeks between IVIG doses × factor [HIZ1][CUV1][CUT1]. */
  | {
      readonly kind: 'weekly-factor';
      readonly factor: number;
      /** Factor when switching from another SCIG (Cuvitru: same weekly dose). */
      readonly fromScigFactor?: number;
      readonly sources: readonly string[];
      readonly evidence?: 'secondary' | 'unconfirmed';
    }
  /** HyQvia: same dose and interval as the prior IVIG, after a ramp-up [HYQ1]. */
  | { readonly kind: 'same-dose-ramp-up'; readonly sources: readonly string[] };

/** SC-specific facts of a product given subcutaneously. */
export interface ScigParameters {
  readonly conversion: ScigConversion;
  /** mL per gram as the label states it (Cuvitru ×5, Cutaquig ×6). */
  readonly mlPerGram: number;
  readonly siteRules: readonly ScigSiteRule[];
  /** Days after a switch or dose change when the first IgG trough may be drawn (Xembify 35). */
  readonly firstTroughAfterDays?: number;
  /** Indications for which SC use is forbidden (Gamunex-C: not SC for ITP [GMX2]). */
  readonly forbiddenIndications?: readonly IndicationId[];
  /** After a measles exposure, the weekly dose is raised to at least this (Cutaquig 245 [CUT2]). */
  readonly measlesExposureWeeklyMinMgPerKg?: number;
}

/** A rate ceiling for patients at renal or thrombotic risk. */
export interface RiskRateCap {
  readonly mgPerKgMin: number;
  /** ≤ (true) or < (false). */
  readonly inclusive: boolean;
  readonly sources: readonly string[];
}

/** Field names of a product, used to say which ones rest on unconfirmed facts. */
export type ProductField =
  | 'concentrationPercent'
  | 'stabilizers'
  | 'iga'
  | 'vials'
  | 'storage'
  | 'hcpcs'
  | 'labeledUses'
  | 'scig'
  | 'hyperprolinemia';

/** One immune globulin brand of the catalogue. */
export interface ImmuneGlobulinProduct {
  readonly id: ProductId;
  readonly brandName: string;
  readonly manufacturer: string;
  readonly form: 'liquid' | 'lyophilized';
  /** IgG concentration, % (10% = 100 mg/mL). */
  readonly concentrationPercent: number;
  readonly routes: readonly Route[];
  /** Billing family: SC-only brands are SCIG, the others IVIG (even when given SC). */
  readonly therapy: Therapy;
  /** HyQvia: facilitated SC with recombinant hyaluronidase. */
  readonly facilitated?: boolean;
  readonly stabilizers: readonly Stabilizer[];
  readonly stabilizerDescription: string;
  /** No current US IVIG contains sucrose [PRV3][GGL2][OCTISI]. */
  readonly containsSucrose: boolean;
  /** Absent when the reference gives no value. */
  readonly iga?: IgaContent;
  /** Empty when the reference gives no sizes (Octagam 5%). */
  readonly vials: readonly VialSize[];
  readonly storage: StorageRule;
  readonly hcpcs: HcpcsCode;
  readonly labeledUses: readonly LabeledUse[];
  readonly riskRateCap?: RiskRateCap;
  /** Severity when a hyperprolinemia patient gets this L-proline product. */
  readonly hyperprolinemia?: 'hard-stop' | 'warning';
  readonly scig?: ScigParameters;
  /** Pooled bottles must be infused within this many hours (Octagam 10%: 8 [OCT10b]). */
  readonly pooledBeyondUseHours?: number;
  /** "Do not dilute" (Octagam 10%, Asceniv, Bivigam [OCT10b][ASC1][BIV1]). */
  readonly doNotDilute?: boolean;
  /** Fields that rest on facts the reference marks unconfirmed: verify before relying on them. */
  readonly unconfirmed: readonly ProductField[];
  readonly sources: readonly string[];
  readonly notes?: readonly string[];
}
