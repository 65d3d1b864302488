import { type DrugStatus, type PatientCopy, type ReleaseCopy } from '../domain/dose-copy';
import { type VisitRecord } from '../domain/visit-record';
import { type VisitStatus } from '../domain/visit';

/** Everything the nurse needs at the home: who, where, what to give, how, and what she did. */
export interface VisitView {
  id: string;
  referralId: string;
  dispenseId: string;
  patientId: string;
  cycle: number;
  infusionDay: number;
  infusionDays: number;
  visitDate: string;
  status: VisitStatus;
  nurseId: string | null;
  drugStatus: DrugStatus;
  patient: PatientCopy['patient'];
  prescriber: PatientCopy['prescriber'];
  product: ReleaseCopy['product'];
  dose: {
    indication: string;
    doseGramsPerKg: number;
    dosingWeightKg: number;
    gramsPerInfusionDay: number;
  };
  lots: (ReleaseCopy['lots'][number] & { usable: boolean })[];
  infusionPlan: ReleaseCopy['infusionPlan'];
  premedication: ReleaseCopy['premedication'];
  observationMinutes: number;
  monitoring: ReleaseCopy['monitoring'];
  record: VisitRecord;
}
