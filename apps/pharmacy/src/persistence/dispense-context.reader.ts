import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@infuse/clinical';
import { type EntityManager } from 'typeorm';
import { type AuthorizationBalance } from '../domain/worksheet/authorization-section';
import { type DispenseOrder } from '../domain/dispense-order.aggregate';
import { type ReferralCopy } from '../domain/referral-copy';
import { type DispenseOrderRow, ORDER_COLUMNS, orderOf } from './dispense-order.repository';

/** An order with everything its worksheet is computed from. */
export interface DispenseContext {
  readonly order: DispenseOrder;
  readonly referral: ReferralCopy;
  /** The referral's approvals, each with the units other doses released against it. */
  readonly grants: readonly AuthorizationBalance[];
  /** The last day and product of the dose before this one, when one was released. */
  readonly previousDose?: { readonly date: IsoDate; readonly productId: string };
}

interface ContextRow extends DispenseOrderRow {
  referral_status: ReferralCopy['status'];
  off_label: boolean;
  patient: ReferralCopy['patient'];
  prescriber: ReferralCopy['prescriber'];
  referral_order: ReferralCopy['order'];
  insurance: ReferralCopy['insurance'];
  labs: ReferralCopy['labs'];
  documents: ReferralCopy['documents'];
  grants: (AuthorizationBalance['grant'] & { usedUnits: number })[];
  previous_dose: { date: IsoDate; productId: string } | null;
}

// One statement, one round trip: the order, its referral, the referral's approvals with the
// units released against each by the other doses, and the dose before it.
const SELECT_CONTEXT = `
  SELECT ${ORDER_COLUMNS},
         c.status AS referral_status, c.off_label, c.patient, c.prescriber, c."order" AS referral_order,
         c.insurance, c.labs, c.documents,
         COALESCE((SELECT json_agg(json_build_object(
                    'authorizationId', g.authorization_id, 'referralId', g.referral_id,
                    'patientId', g.patient_id, 'payerId', g.payer_id, 'kind', g.kind,
                    'authorizationNumber', g.authorization_number, 'periodStart', g.period_start,
                    'periodEnd', g.period_end, 'hcpcs', g.hcpcs, 'authorizedUnits', g.authorized_units,
                    'decidedAt', g.decided_at,
                    'usedUnits', COALESCE((SELECT sum(d.released_units) FROM dispense_order d
                                            WHERE d.released_authorization_id = g.authorization_id
                                              AND d.id <> o.id), 0))
                  ORDER BY g.decided_at)
                     FROM authorization_grant g
                    WHERE g.referral_id = o.referral_id AND g.withdrawn_at IS NULL), '[]') AS grants,
         (SELECT json_build_object('date', p.administration_dates[array_upper(p.administration_dates, 1)],
                                   'productId', p.product_id)
            FROM dispense_order p
           WHERE p.referral_id = o.referral_id AND p.cycle < o.cycle
             AND p.status IN ('released', 'shipped', 'delivered')
           ORDER BY p.cycle DESC LIMIT 1) AS previous_dose
    FROM dispense_order o JOIN referral_copy c ON c.referral_id = o.referral_id
   WHERE o.id = $1`;

/** Reads an order with its worksheet's inputs; locked for a change when asked. */
@Injectable()
export class DispenseContextReader {
  async read(
    manager: EntityManager,
    id: string,
    lock: 'for-change' | 'read-only' = 'read-only',
  ): Promise<DispenseContext | undefined> {
    const [row] = await manager.query<ContextRow[]>(
      `${SELECT_CONTEXT}${lock === 'for-change' ? ' FOR UPDATE OF o' : ''}`,
      [id],
    );
    if (!row) return undefined;
    return {
      order: orderOf(row),
      referral: {
        referralId: row.referral_id,
        patientId: row.patient_id,
        status: row.referral_status,
        offLabel: row.off_label,
        patient: row.patient,
        prescriber: row.prescriber,
        order: row.referral_order,
        insurance: row.insurance,
        labs: row.labs,
        documents: row.documents,
      },
      grants: row.grants.map(({ usedUnits, ...grant }) => ({
        grant,
        usedUnits: Number(usedUnits),
      })),
      ...(row.previous_dose ? { previousDose: row.previous_dose } : {}),
    };
  }
}
