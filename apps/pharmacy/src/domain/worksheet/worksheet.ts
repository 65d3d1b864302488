import {
  type IndicationId,
  type IsoDate,
  type MeaslesExposurePlan,
  type MonitoringTask,
  type PremedicationAdvice,
  type Route,
  type VialCount,
} from '@infuse/clinical';
import { type LabCode, type Therapy } from '@infuse/contracts';

/**
 * The verification worksheet: the order and everything the clinical library computes for it,
 * each figure with its inputs and source keys. Stored as verified, unchanged afterwards.
 */
export interface Worksheet {
  readonly cycle: number;
  readonly administrationDates: readonly IsoDate[];
  readonly therapy: Therapy;
  readonly route: Route;
  readonly product: ProductSection;
  readonly indication: IndicationSection;
  readonly dosingWeight: DosingWeightSection;
  readonly dose: DoseSection;
  readonly vials: VialsSection;
  readonly billing: BillingSection;
  readonly authorization: AuthorizationSection | null;
  readonly findings: readonly Finding[];
  /** Null when the library could not plan the infusion (a stop finding says why). */
  readonly infusionPlan: InfusionPlan | null;
  readonly premedication: PremedicationAdvice;
  readonly observationMinutes: number;
  readonly monitoring: readonly MonitoringTask[];
  readonly labs: LabsSection;
  readonly measlesExposure: MeaslesExposurePlan | null;
  readonly links: ReferralLinks;
}

/** Stop: blocks verification, never overridden. Warn: needs an acknowledgement with a reason. */
export type FindingSeverity = 'stop' | 'warn' | 'info';

export interface Finding {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly sources: readonly string[];
}

export interface ProductSection {
  readonly productId: string;
  readonly brandName: string;
  readonly manufacturer: string;
  readonly concentrationPercent: number;
  /** The brand the prescriber asked for, as written. */
  readonly prescribedBrand: string | null;
  /** Catalogue fields that rest on facts the reference marks unconfirmed. */
  readonly unconfirmed: readonly string[];
  readonly sources: readonly string[];
}

export interface IndicationSection {
  readonly diagnosisCode: string;
  readonly indication: IndicationId;
  readonly name: string | null;
  /** False when the code maps to no indication of the reference. */
  readonly mapped: boolean;
  readonly offLabel: boolean;
}

export interface DosingWeightSection {
  readonly basis: 'actual' | 'ideal' | 'adjusted';
  readonly dosingWeightKg: number;
  readonly inputs: {
    readonly actualKg: number;
    readonly heightCm: number;
    readonly sex: string;
    readonly formulaSex: 'female' | 'male';
  };
  readonly bmi: number;
  readonly bmiThreshold: number;
  readonly idealKg: number | null;
  readonly adjustedKg: number | null;
  readonly formula: string;
  readonly sources: readonly string[];
}

export interface DoseSection {
  readonly doseGramsPerKg: number;
  readonly cycleDoseGrams: number;
  /** Ordered grams per infusion day (before vial rounding). */
  readonly gramsPerInfusionDay: number;
  readonly infusionDays: number;
  readonly intervalDays: number;
  readonly phase: string;
  readonly regimenSource: string;
  readonly labeledRangeMgPerKg: { readonly min: number; readonly max: number } | null;
  readonly withinLabeledRange: boolean;
  readonly sources: readonly string[];
}

export interface VialsSection {
  /** The vials of one infusion day (one brand per infusion). */
  readonly perInfusionDay: readonly VialCount[];
  readonly dispensedGramsPerInfusionDay: number;
  readonly deviationPercent: number;
  readonly wasteGramsPerInfusionDay: number;
  readonly tolerancePercent: number;
  readonly withinTolerance: boolean;
  readonly strategy: string;
  /** All infusion days together. */
  readonly totalVials: number;
  readonly dispensedGrams: number;
}

export interface BillingSection {
  readonly hcpcs: string;
  readonly billingUnitMg: number;
  /** Units of the vials dispensed for the whole cycle. */
  readonly units: number;
  readonly sources: readonly string[];
}

export interface AuthorizationSection {
  readonly authorizationId: string;
  readonly authorizationNumber: string;
  readonly hcpcs: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly authorizedUnits: number;
  /** Released against it by other doses. */
  readonly usedUnits: number;
  readonly remainingUnits: number;
  readonly remainingAfterThisDose: number;
  /** What would block the release today, with the clinical library's codes. */
  readonly releaseBlockers: readonly { readonly code: string; readonly message: string }[];
}

/** One rate step: what the nurse programs into the pump (per site for SC). */
export interface RateStep {
  readonly step: number;
  readonly startMinute: number;
  readonly durationMinutes: number;
  readonly mlPerHour: number;
  readonly mgPerKgMin?: number;
  readonly mlPerKgPerHour?: number;
  readonly volumeMl: number;
}

export interface InfusionPlan {
  readonly route: Route;
  readonly steps: readonly RateStep[];
  /** The highest rate allowed (per site for SC). */
  readonly maxMlPerHour: number;
  readonly maxMgPerKgMin?: number;
  readonly rateCap?: {
    readonly mgPerKgMin: number;
    readonly inclusive: boolean;
    readonly reason: string;
    readonly sources: readonly string[];
  };
  readonly sites?: number;
  readonly mlPerSite?: number;
  readonly totalVolumeMl: number;
  readonly infusionMinutes: number;
  /** False when the label gives no step rule and the local protocol (a setting) was used. */
  readonly stepRuleFromLabel: boolean;
  readonly sources: readonly string[];
}

export interface LabsSection {
  readonly passed: boolean;
  readonly referenceDate: IsoDate;
  readonly maxAgeDays: number;
  /** The latest result of each lab the referral carries. */
  readonly present: readonly {
    readonly code: LabCode;
    readonly value: number;
    readonly unit: string;
    readonly collectedOn: IsoDate;
    readonly ageDays: number;
    readonly fresh: boolean;
  }[];
  readonly issues: readonly {
    readonly code: string;
    readonly message: string;
    readonly sources: readonly string[];
  }[];
}

export interface ReferralLinks {
  readonly referral: string;
  readonly documents: readonly {
    readonly documentId: string;
    readonly type: string;
    readonly title: string;
    readonly href: string;
  }[];
}
