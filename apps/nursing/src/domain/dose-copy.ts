import { type DispenseReleased, type EventData, type ReferralAccepted } from '@infuse/contracts';

type Released = EventData<typeof DispenseReleased>;
type Accepted = EventData<typeof ReferralAccepted>;

/** What nursing keeps of a released dose: what the nurse gives, and the rules she gives it by. */
export type ReleaseCopy = Pick<
  Released,
  | 'indication'
  | 'product'
  | 'doseGramsPerKg'
  | 'dosingWeightKg'
  | 'gramsPerInfusionDay'
  | 'administrationDates'
  | 'lots'
  | 'infusionPlan'
  | 'premedication'
  | 'observationMinutes'
  | 'monitoring'
>;

/** Whether usable drug is at the home: released, on its way, delivered, or unusable. */
export const DRUG_STATUSES = ['released', 'shipped', 'delivered', 'unusable', 'cancelled'] as const;
export type DrugStatus = (typeof DRUG_STATUSES)[number];

export interface ReleasedDose {
  dispenseId: string;
  referralId: string;
  patientId: string;
  cycle: number;
  release: ReleaseCopy;
  drugStatus: DrugStatus;
  unusableLots: string[];
}

/** What nursing keeps of an accepted referral: the home, whom to call, the risks, the interval. */
export interface PatientCopy {
  referralId: string;
  patientId: string;
  status: 'accepted' | 'cancelled';
  patient: Pick<
    Accepted['patient'],
    'firstName' | 'lastName' | 'dateOfBirth' | 'address' | 'phone' | 'allergies' | 'conditions'
  >;
  prescriber: Pick<Accepted['prescriber'], 'npi' | 'firstName' | 'lastName' | 'phone'>;
  therapy: Accepted['order']['therapy'];
  intervalDays: number;
}

export function releaseCopyOf(released: Released): ReleaseCopy {
  return {
    indication: released.indication,
    product: released.product,
    doseGramsPerKg: released.doseGramsPerKg,
    dosingWeightKg: released.dosingWeightKg,
    gramsPerInfusionDay: released.gramsPerInfusionDay,
    administrationDates: released.administrationDates,
    lots: released.lots,
    infusionPlan: released.infusionPlan,
    premedication: released.premedication,
    observationMinutes: released.observationMinutes,
    monitoring: released.monitoring,
  };
}

export function patientCopyOf(accepted: Accepted): PatientCopy {
  const { patient, prescriber, order } = accepted;
  return {
    referralId: accepted.referralId,
    patientId: accepted.patientId,
    status: 'accepted',
    patient: {
      firstName: patient.firstName,
      lastName: patient.lastName,
      dateOfBirth: patient.dateOfBirth,
      allergies: patient.allergies,
      conditions: patient.conditions,
      ...(patient.address ? { address: patient.address } : {}),
      ...(patient.phone ? { phone: patient.phone } : {}),
    },
    prescriber: {
      npi: prescriber.npi,
      firstName: prescriber.firstName,
      lastName: prescriber.lastName,
      ...(prescriber.phone ? { phone: prescriber.phone } : {}),
    },
    therapy: order.therapy,
    intervalDays: order.intervalDays,
  };
}
