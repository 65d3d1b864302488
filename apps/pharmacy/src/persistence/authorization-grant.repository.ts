import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type AuthorizationGrant } from '../domain/authorization-grant';

interface GrantRow {
  authorization_id: string;
  referral_id: string;
  patient_id: string;
  payer_id: string;
  kind: AuthorizationGrant['kind'];
  authorization_number: string;
  period_start: string;
  period_end: string;
  hcpcs: string;
  authorized_units: number;
  decided_at: Date;
}

/** The approved authorizations of each referral, and the units dispensed against them. */
@Injectable()
export class AuthorizationGrantRepository {
  /**
   * Records an approval. The same authorization decided again (a modified approval) replaces
   * what pharmacy knew of it, unless what pharmacy holds is the later decision.
   */
  async record(manager: EntityManager, grant: AuthorizationGrant): Promise<void> {
    await manager.query(
      `INSERT INTO authorization_grant (authorization_id, referral_id, patient_id, payer_id, kind,
                                        authorization_number, period_start, period_end, hcpcs,
                                        authorized_units, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (authorization_id) DO UPDATE SET
         authorization_number = EXCLUDED.authorization_number, period_start = EXCLUDED.period_start,
         period_end = EXCLUDED.period_end, hcpcs = EXCLUDED.hcpcs,
         authorized_units = EXCLUDED.authorized_units, decided_at = EXCLUDED.decided_at
       WHERE authorization_grant.decided_at < EXCLUDED.decided_at`,
      [
        grant.authorizationId,
        grant.referralId,
        grant.patientId,
        grant.payerId,
        grant.kind,
        grant.authorizationNumber,
        grant.periodStart,
        grant.periodEnd,
        grant.hcpcs,
        grant.authorizedUnits,
        grant.decidedAt,
      ],
    );
  }

  /**
   * Marks an authorization the payer no longer honours: no dose is dispensed against it from now
   * on. False when pharmacy never held it as approved, or withdrew it already.
   */
  async withdraw(manager: EntityManager, authorizationId: string, at: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `UPDATE authorization_grant SET withdrawn_at = $2
        WHERE authorization_id = $1 AND withdrawn_at IS NULL
        RETURNING authorization_id`,
      [authorizationId, at],
    );
    return rows.length > 0;
  }

  async forReferral(manager: EntityManager, referralId: string): Promise<AuthorizationGrant[]> {
    const rows = await manager.query<GrantRow[]>(
      `SELECT authorization_id, referral_id, patient_id, payer_id, kind, authorization_number,
              period_start::text, period_end::text, hcpcs, authorized_units, decided_at
         FROM authorization_grant WHERE referral_id = $1 AND withdrawn_at IS NULL
        ORDER BY decided_at, authorization_id`,
      [referralId],
    );
    return rows.map(grantOf);
  }
}

function grantOf(row: GrantRow): AuthorizationGrant {
  return {
    authorizationId: row.authorization_id,
    referralId: row.referral_id,
    patientId: row.patient_id,
    payerId: row.payer_id,
    kind: row.kind,
    authorizationNumber: row.authorization_number,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    hcpcs: row.hcpcs,
    authorizedUnits: row.authorized_units,
    decidedAt: row.decided_at.toISOString(),
  };
}
