import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type AssistanceCase, type CaseStatus } from '../domain/assistance-case';

/** How a case is stored: the columns lists and the reconciler filter on, the rest as a document. */
export interface CaseRow {
  id: string;
  referral_id: string;
  patient_id: string;
  status: CaseStatus;
  detail: StoredDetail;
  created_at: Date;
  updated_at: Date;
}

type Detail = Omit<AssistanceCase, 'id' | 'referralId' | 'patientId' | 'status'>;
// Dates travel through JSON as ISO text.
type StoredDetail = Omit<Detail, 'screening' | 'enrolment'> & {
  screening?: Omit<NonNullable<Detail['screening']>, 'screenedAt'> & { screenedAt: string };
  enrolment?: Omit<NonNullable<Detail['enrolment']>, 'enrolledAt'> & { enrolledAt: string };
};

export const CASE_COLUMNS = 'id, referral_id, patient_id, status, detail, created_at, updated_at';

/** Assistance cases, read and written whole, locked by the use case that changes them. */
@Injectable()
export class AssistanceCaseRepository {
  /**
   * The referral's case, locked; opened first if neither the referral nor its approval came
   * before. The unique referral makes two first events open one case.
   */
  async lockOrOpen(
    manager: EntityManager,
    fresh: AssistanceCase,
    now: Date,
  ): Promise<AssistanceCase> {
    await manager.query(
      `INSERT INTO assistance_case (id, referral_id, patient_id, status, detail, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (referral_id) DO NOTHING`,
      [fresh.id, fresh.referralId, fresh.patientId, fresh.status, detailOf(fresh), now],
    );
    const locked = await this.lockByReferral(manager, fresh.referralId);
    if (!locked) throw new Error('a case vanished while it was opened');
    return locked;
  }

  async lockByReferral(
    manager: EntityManager,
    referralId: string,
  ): Promise<AssistanceCase | undefined> {
    const [row] = await manager.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS} FROM assistance_case WHERE referral_id = $1 FOR UPDATE`,
      [referralId],
    );
    return row && caseOf(row);
  }

  async lockById(manager: EntityManager, id: string): Promise<AssistanceCase | undefined> {
    const [row] = await manager.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS} FROM assistance_case WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row && caseOf(row);
  }

  async save(manager: EntityManager, assistanceCase: AssistanceCase, now: Date): Promise<void> {
    await manager.query(
      `UPDATE assistance_case
          SET status = $2, programme_id = $3, enrolment_call_id = $4, re_enrolment_due_on = $5,
              detail = $6, updated_at = $7
        WHERE id = $1`,
      [
        assistanceCase.id,
        assistanceCase.status,
        assistanceCase.programme?.programmeId ?? null,
        assistanceCase.enrolmentCallId ?? null,
        assistanceCase.reEnrolmentDueOn ?? null,
        detailOf(assistanceCase),
        now,
      ],
    );
  }

  /**
   * Claims a released dose for the case's enrolment; false when it was counted already (a
   * redelivery, or the same dose released twice), so nothing is counted twice.
   */
  async claimDose(
    manager: EntityManager,
    use: { caseId: string; dispenseId: string; cycle: number; programmeMemberId: string; at: Date },
  ): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO assistance_benefit_use
         (case_id, dispense_id, cycle, programme_member_id, amount, recorded_at)
       VALUES ($1, $2, $3, $4, 0, $5) ON CONFLICT DO NOTHING RETURNING dispense_id`,
      [use.caseId, use.dispenseId, use.cycle, use.programmeMemberId, use.at],
    );
    return inserted.length === 1;
  }

  async countDose(
    manager: EntityManager,
    caseId: string,
    dispenseId: string,
    amount: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE assistance_benefit_use SET amount = $3 WHERE case_id = $1 AND dispense_id = $2`,
      [caseId, dispenseId, amount],
    );
  }
}

// The identifying columns are columns of their own; the document holds the rest of the case.
const COLUMN_FIELDS: ReadonlySet<string> = new Set(['id', 'referralId', 'patientId', 'status']);

function detailOf(assistanceCase: AssistanceCase): string {
  return JSON.stringify(assistanceCase, function (this: unknown, key, value: unknown) {
    return this === assistanceCase && COLUMN_FIELDS.has(key) ? undefined : value;
  });
}

/** The case a stored row holds. */
export function caseOf(row: CaseRow): AssistanceCase {
  const { screening, enrolment, ...detail } = row.detail;
  return {
    ...detail,
    id: row.id,
    referralId: row.referral_id,
    patientId: row.patient_id,
    status: row.status,
    ...(screening
      ? { screening: { ...screening, screenedAt: new Date(screening.screenedAt) } }
      : {}),
    ...(enrolment
      ? { enrolment: { ...enrolment, enrolledAt: new Date(enrolment.enrolledAt) } }
      : {}),
  };
}
