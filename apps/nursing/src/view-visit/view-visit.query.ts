import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type DrugStatus, type PatientCopy, type ReleaseCopy } from '../domain/dose-copy';
import { type Visit } from '../domain/visit';
import { type VisitView } from './visit-view';

interface VisitViewRow {
  id: string;
  referral_id: string;
  dispense_id: string;
  patient_id: string;
  cycle: number;
  infusion_day: number;
  infusion_days: number;
  visit_date: string;
  status: Visit['status'];
  nurse_id: string | null;
  record: Visit['record'];
  drug_status: DrugStatus;
  unusable_lots: string[];
  release: ReleaseCopy;
  patient: PatientCopy['patient'];
  prescriber: PatientCopy['prescriber'];
}

/** One visit with its patient and released dose, as the nurse reads it. */
@Injectable()
export class ViewVisitQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<VisitView | undefined> {
    const [row] = await this.dataSource.query<VisitViewRow[]>(
      `SELECT v.id, v.referral_id, v.dispense_id, v.patient_id, v.cycle, v.infusion_day,
              v.infusion_days, v.visit_date::text, v.status, v.nurse_id, v.record, d.drug_status,
              d.unusable_lots, d.release, p.patient, p.prescriber
         FROM visit v
         JOIN released_dose d ON d.dispense_id = v.dispense_id
         JOIN patient_copy p ON p.referral_id = v.referral_id
        WHERE v.id = $1`,
      [id],
    );
    return row ? viewOf(row) : undefined;
  }
}

function viewOf(row: VisitViewRow): VisitView {
  const { release } = row;
  return {
    id: row.id,
    referralId: row.referral_id,
    dispenseId: row.dispense_id,
    patientId: row.patient_id,
    cycle: row.cycle,
    infusionDay: row.infusion_day,
    infusionDays: row.infusion_days,
    visitDate: row.visit_date,
    status: row.status,
    nurseId: row.nurse_id,
    drugStatus: row.drug_status,
    patient: row.patient,
    prescriber: row.prescriber,
    product: release.product,
    dose: {
      indication: release.indication,
      doseGramsPerKg: release.doseGramsPerKg,
      dosingWeightKg: release.dosingWeightKg,
      gramsPerInfusionDay: release.gramsPerInfusionDay,
    },
    lots: release.lots.map((lot) => ({
      ...lot,
      usable: !row.unusable_lots.includes(lot.lotNumber),
    })),
    infusionPlan: release.infusionPlan,
    premedication: release.premedication,
    observationMinutes: release.observationMinutes,
    monitoring: release.monitoring,
    record: row.record,
  };
}
