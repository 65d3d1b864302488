import type { Page } from '../../api/page';
import type { LabCode, ReleasedLot, Therapy } from '@infuse/contracts';
import { api } from '../../api/http';

// Pharmacy's dispensing routes (apps/pharmacy/src: list-dispenses, view-dispense, verify-dispense,
// release-dispense, ship-dispense, record-delivery). Types follow what the service answers.

/** Where a dose stands (DISPENSE_STATUSES of the pharmacy). */
export const DISPENSE_STATUSES = [
  'awaiting_verification',
  'verified',
  'released',
  'shipped',
  'delivered',
  'reopened',
  'cancelled',
] as const;
export type DispenseStatus = (typeof DISPENSE_STATUSES)[number];

export interface DispensePatient {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  mrn: string | null;
}

/** One row of the queue (list-dispenses.query.ts). */
export interface DispenseQueueItem {
  id: string;
  referralId: string;
  patientId: string;
  patient: DispensePatient;
  cycle: number;
  status: DispenseStatus;
  therapy: Therapy;
  productId: string;
  dueOn: string;
  administrationDates: string[];
  createdAt: string;
}

/** Stop blocks verification, never overridden; warn needs an acknowledgement with a reason. */
export type FindingSeverity = 'stop' | 'warn' | 'info';

export interface Finding {
  code: string;
  severity: FindingSeverity;
  message: string;
  sources: string[];
}

export interface RateStep {
  step: number;
  startMinute: number;
  durationMinutes: number;
  mlPerHour: number;
  mgPerKgMin?: number;
  mlPerKgPerHour?: number;
  volumeMl: number;
}

export interface AuthorizationSection {
  authorizationId: string;
  authorizationNumber: string;
  hcpcs: string;
  periodStart: string;
  periodEnd: string;
  authorizedUnits: number;
  usedUnits: number;
  remainingUnits: number;
  remainingAfterThisDose: number;
  releaseBlockers: { code: string; message: string }[];
}

/** The verification worksheet (apps/pharmacy/src/domain/worksheet/worksheet.ts). */
export interface Worksheet {
  cycle: number;
  administrationDates: string[];
  therapy: Therapy;
  route: 'IV' | 'SC';
  product: {
    productId: string;
    brandName: string;
    manufacturer: string;
    concentrationPercent: number;
    prescribedBrand: string | null;
    unconfirmed: string[];
    sources: string[];
  };
  indication: {
    diagnosisCode: string;
    indication: string;
    name: string | null;
    mapped: boolean;
    offLabel: boolean;
  };
  dosingWeight: {
    basis: 'actual' | 'ideal' | 'adjusted';
    dosingWeightKg: number;
    inputs: { actualKg: number; heightCm: number; sex: string; formulaSex: 'female' | 'male' };
    bmi: number;
    bmiThreshold: number;
    idealKg: number | null;
    adjustedKg: number | null;
    formula: string;
    sources: string[];
  };
  dose: {
    doseGramsPerKg: number;
    cycleDoseGrams: number;
    gramsPerInfusionDay: number;
    infusionDays: number;
    intervalDays: number;
    phase: string;
    regimenSource: string;
    labeledRangeMgPerKg: { min: number; max: number } | null;
    withinLabeledRange: boolean;
    sources: string[];
  };
  vials: {
    perInfusionDay: { grams: number; count: number }[];
    dispensedGramsPerInfusionDay: number;
    deviationPercent: number;
    wasteGramsPerInfusionDay: number;
    tolerancePercent: number;
    withinTolerance: boolean;
    strategy: string;
    totalVials: number;
    dispensedGrams: number;
  };
  billing: { hcpcs: string; billingUnitMg: number; units: number; sources: string[] };
  authorization: AuthorizationSection | null;
  findings: Finding[];
  infusionPlan: {
    route: 'IV' | 'SC';
    steps: RateStep[];
    maxMlPerHour: number;
    maxMgPerKgMin?: number;
    rateCap?: { mgPerKgMin: number; inclusive: boolean; reason: string; sources: string[] };
    sites?: number;
    mlPerSite?: number;
    totalVolumeMl: number;
    infusionMinutes: number;
    stepRuleFromLabel: boolean;
    sources: string[];
  } | null;
  premedication: {
    routine: boolean;
    advice: string;
    minutesBefore: { min: number; max: number };
    igNaiveCaution: boolean;
    reactionManagement: string;
    sources: string[];
  };
  observationMinutes: number;
  monitoring: {
    code: string;
    description: string;
    timing: 'before-infusion' | 'during-infusion' | 'after-infusion';
    windowHoursAfterEnd?: { min: number; max: number };
    durationMinutes?: number;
    sources: string[];
  }[];
  labs: {
    passed: boolean;
    referenceDate: string;
    maxAgeDays: number;
    present: {
      code: LabCode;
      value: number;
      unit: string;
      collectedOn: string;
      ageDays: number;
      fresh: boolean;
    }[];
    issues: { code: string; message: string; sources: string[] }[];
  };
  measlesExposure:
    | {
        kind: 'extra-ivig-dose';
        extraDoseMgPerKg: number;
        extraDoseGrams: number;
        withinDays: number;
        sources: string[];
      }
    | {
        kind: 'raise-weekly-scig-dose';
        weeklyMinMgPerKg: number;
        weeklyMinGrams: number;
        sources: string[];
      }
    | null;
  links: {
    referral: string;
    documents: { documentId: string; type: string; title: string; href: string }[];
  };
}

/** One dose with its worksheet and what was done to it (dispense-view.ts). */
export interface DispenseView {
  id: string;
  referralId: string;
  patientId: string;
  patient: DispensePatient;
  cycle: number;
  status: DispenseStatus;
  therapy: Therapy;
  productId: string;
  administrationDates: string[];
  /** Computed now; null when it cannot be (worksheetProblem says why). */
  worksheet: Worksheet | null;
  worksheetProblem: { code: string; message: string } | null;
  verification: {
    verifiedBy: string;
    verifiedAt: string;
    productId: string;
    acknowledgements: { code: string; reason: string }[];
    authorizationUpdate: {
      authorizationId: string;
      authorizedHcpcs: string;
      requestedHcpcs: string;
      productBrand: string;
    } | null;
    /** The worksheet as it was verified, unchanged since. */
    worksheet: Worksheet;
  } | null;
  release: {
    releasedBy: string;
    releasedAt: string;
    lots: ReleasedLot[];
    hcpcs: string;
    units: number;
    authorizationId: string;
    authorizationNumber: string;
  } | null;
  shipment: {
    carrier: string;
    trackingNumber: string;
    packOut: { type: string; validatedHours: number; packedAt: string };
    shippedBy: string;
    shippedAt: string;
  } | null;
  delivery: {
    receivedBy: string;
    temperatureInRange: boolean;
    recordedBy: string;
    recordedAt: string;
  } | null;
  unusableReleases: {
    lots: ReleasedLot[];
    releasedBy: string;
    receivedBy: string;
    recordedAt: string;
  }[];
  cancellation: { reason: string; cancelledBy: string; cancelledAt: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** What each change answers (dispense-summary.ts). */
export interface DispenseSummary {
  id: string;
  referralId: string;
  patientId: string;
  cycle: number;
  status: DispenseStatus;
  productId: string;
  administrationDates: string[];
  updatedAt: string;
}

export interface VerificationBody {
  acknowledgements: { code: string; reason: string }[];
}

export interface LotBody {
  productId: string;
  lotNumber: string;
  expiresOn: string;
  vialGrams: number;
  vials: number;
  roomTemperatureSince?: string;
}

export interface ShipmentBody {
  carrier: string;
  trackingNumber: string;
  packOut: { type: string; validatedHours: number; packedAt: string };
}

export interface ReceiptBody {
  receivedBy: string;
  temperatureInRange: boolean;
}

const dispensePath = (id: string, action = '') =>
  `/v1/dispenses/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export const dispensesApi = {
  list: (filter: { status?: DispenseStatus; cursor?: string }, signal?: AbortSignal) =>
    api<Page<DispenseQueueItem>>('pharmacy', '/v1/dispenses', {
      query: { status: filter.status, cursor: filter.cursor, limit: 25 },
      signal,
    }),
  view: (id: string, signal?: AbortSignal) =>
    api<DispenseView>('pharmacy', dispensePath(id), { signal }),
  verify: (id: string, body: VerificationBody) =>
    api<DispenseSummary>('pharmacy', dispensePath(id, 'verify'), { method: 'POST', body }),
  release: (id: string, lots: LotBody[]) =>
    api<DispenseSummary>('pharmacy', dispensePath(id, 'release'), {
      method: 'POST',
      body: { lots },
    }),
  ship: (id: string, body: ShipmentBody) =>
    api<DispenseSummary>('pharmacy', dispensePath(id, 'ship'), { method: 'POST', body }),
  delivered: (id: string, body: ReceiptBody) =>
    api<DispenseSummary>('pharmacy', dispensePath(id, 'delivered'), { method: 'POST', body }),
};

export const dispenseKeys = {
  all: ['dispenses'] as const,
  list: (status: DispenseStatus | undefined) =>
    [...dispenseKeys.all, 'list', status ?? 'any'] as const,
  one: (id: string) => [...dispenseKeys.all, 'one', id] as const,
};
