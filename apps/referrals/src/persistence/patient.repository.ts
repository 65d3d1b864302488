import { Injectable } from '@nestjs/common';
import { type PatientSnapshot, type Therapy } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { PatientRecord } from './patient.orm-entity';

type PatientIdentity = Pick<PatientSnapshot, 'mrn' | 'firstName' | 'lastName' | 'dateOfBirth'>;

/** Finds patients by MRN, or by name and date of birth when there is no MRN match. */
@Injectable()
export class PatientRepository {
  /**
   * Serialises intake for one patient, so two simultaneous referrals for the same person cannot
   * both pass the duplicate check. Locks are taken in a fixed order to avoid deadlocks.
   */
  async lockIdentity(manager: EntityManager, patient: PatientIdentity): Promise<void> {
    const keys = [
      `patient-name:${nameKey(patient)}`,
      ...(patient.mrn ? [`patient-mrn:${patient.mrn}`] : []),
    ].sort();
    for (const key of keys)
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key]);
  }

  /** An open (pending or accepted) referral of this patient for this therapy, if any. */
  async openReferralFor(
    manager: EntityManager,
    patientId: string,
    therapy: Therapy,
  ): Promise<string | undefined> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT id FROM referral WHERE patient_id = $1 AND therapy = $2 AND status IN ('pending_documents', 'accepted')
        ORDER BY created_at DESC LIMIT 1`,
      [patientId, therapy],
    );
    return row?.id;
  }

  /** The patient's id, creating the patient on first referral. */
  async resolve(manager: EntityManager, patient: PatientIdentity): Promise<string> {
    // One round trip: the MRN match first, else a same-name-and-birth patient without an MRN
    // (or any, when this referral has none).
    const [known] = await manager.query<{ id: string }[]>(
      `SELECT id FROM patient
        WHERE ($1::text IS NOT NULL AND mrn = $1)
           OR (lower(last_name) = lower($2) AND lower(first_name) = lower($3) AND date_of_birth = $4
               AND ($1::text IS NULL OR mrn IS NULL))
        ORDER BY (mrn IS NOT DISTINCT FROM $1) DESC
        LIMIT 1`,
      [patient.mrn ?? null, patient.lastName, patient.firstName, patient.dateOfBirth],
    );
    if (known) return known.id;
    const created = await manager.insert(PatientRecord, {
      mrn: patient.mrn ?? null,
      firstName: patient.firstName,
      lastName: patient.lastName,
      dateOfBirth: patient.dateOfBirth,
    });
    return (created.identifiers[0] as { id: string }).id;
  }
}

function nameKey(patient: PatientIdentity): string {
  return `${patient.lastName.toLowerCase()}|${patient.firstName.toLowerCase()}|${patient.dateOfBirth}`;
}
