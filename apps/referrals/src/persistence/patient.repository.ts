import { Injectable } from '@nestjs/common';
import { type PatientSnapshot, type Therapy } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';

type PatientIdentity = Pick<PatientSnapshot, 'mrn' | 'firstName' | 'lastName' | 'dateOfBirth'>;

/** The referral's patient, and their open (pending or accepted) referral for its therapy if any. */
export interface ResolvedPatient {
  patientId: string;
  openReferralId: string | null;
}

/** Finds patients by MRN, or by name and date of birth when there is no MRN match. */
@Injectable()
export class PatientRepository {
  /**
   * Serialises intake for one patient, so two simultaneous referrals for the same person cannot
   * both pass the duplicate check. Locks are taken in a fixed order to avoid deadlocks, in one
   * statement (unnest yields the keys in array order).
   */
  async lockIdentity(manager: EntityManager, patient: PatientIdentity): Promise<void> {
    const keys = [
      `patient-name:${nameKey(patient)}`,
      ...(patient.mrn ? [`patient-mrn:${patient.mrn}`] : []),
    ].sort();
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext(key)) FROM unnest($1::text[]) AS key`,
      [keys],
    );
  }

  /**
   * The patient with this MRN, else one with the same name and birth date and no MRN (or any,
   * when this referral has none), with their open referral for the therapy; a new patient when
   * none matches. One round trip: the caller holds the identity lock, so no one else can insert
   * the same patient in between.
   */
  async resolve(
    manager: EntityManager,
    patient: PatientIdentity,
    therapy: Therapy,
  ): Promise<ResolvedPatient> {
    const [resolved] = await manager.query<{ id: string; open_referral_id: string | null }[]>(
      `WITH known AS (
         SELECT p.id,
                (SELECT r.id FROM referral r
                  WHERE r.patient_id = p.id AND r.therapy = $5 AND r.status IN ('pending_documents', 'accepted')
                  ORDER BY r.created_at DESC LIMIT 1) AS open_referral_id
           FROM patient p
          WHERE ($1::text IS NOT NULL AND p.mrn = $1)
             OR (lower(p.last_name) = lower($2) AND lower(p.first_name) = lower($3) AND p.date_of_birth = $4
                 AND ($1::text IS NULL OR p.mrn IS NULL))
          ORDER BY (p.mrn IS NOT DISTINCT FROM $1) DESC
          LIMIT 1),
       created AS (
         INSERT INTO patient (mrn, first_name, last_name, date_of_birth)
         SELECT $1, $3, $2, $4 WHERE NOT EXISTS (SELECT 1 FROM known)
         RETURNING id)
       SELECT id, open_referral_id FROM known
       UNION ALL SELECT id, NULL FROM created`,
      [patient.mrn ?? null, patient.lastName, patient.firstName, patient.dateOfBirth, therapy],
    );
    if (!resolved) throw new Error('the patient was neither found nor created');
    return { patientId: resolved.id, openReferralId: resolved.open_referral_id };
  }
}

function nameKey(patient: PatientIdentity): string {
  return `${patient.lastName.toLowerCase()}|${patient.firstName.toLowerCase()}|${patient.dateOfBirth}`;
}
