import { Injectable } from '@nestjs/common';
import { type Therapy } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import {
  type Cancellation,
  DispenseOrder,
  type DispenseStatus,
  OPEN_STATUSES,
} from '../domain/dispense-order.aggregate';

interface DispenseOrderRow {
  id: string;
  referral_id: string;
  patient_id: string;
  cycle: number;
  status: DispenseStatus;
  therapy: Therapy;
  product_id: string;
  authorization_id: string;
  administration_dates: string[];
  cancellation: (Omit<Cancellation, 'at'> & { at: string }) | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT_ORDER = `
  SELECT id, referral_id, patient_id, cycle, status, therapy, product_id, authorization_id,
         administration_dates::text[], cancellation, created_at, updated_at
    FROM dispense_order`;

/** Dispense orders, read and written whole. */
@Injectable()
export class DispenseOrderRepository {
  /** Stores a new order unless its referral already has one for the cycle; says whether it did. */
  async addIfAbsent(manager: EntityManager, order: DispenseOrder): Promise<boolean> {
    const state = order.snapshot;
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO dispense_order (id, referral_id, patient_id, cycle, status, therapy, product_id,
                                   authorization_id, administration_dates, due_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date[], $10, $11, $11)
       ON CONFLICT (referral_id, cycle) DO NOTHING
       RETURNING id`,
      [
        state.id,
        state.referralId,
        state.patientId,
        state.cycle,
        state.status,
        state.therapy,
        state.productId,
        state.authorizationId,
        state.administrationDates,
        order.dueOn,
        state.createdAt,
      ],
    );
    return inserted.length === 1;
  }

  /** Loads and row-locks an order, so changes to one order take turns. */
  async lockForChange(manager: EntityManager, id: string): Promise<DispenseOrder | undefined> {
    const [row] = await manager.query<DispenseOrderRow[]>(
      `${SELECT_ORDER} WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ? orderOf(row) : undefined;
  }

  /** The orders of a referral that are not yet on their way, locked for a change. */
  async lockOpenOrders(manager: EntityManager, referralId: string): Promise<DispenseOrder[]> {
    const rows = await manager.query<DispenseOrderRow[]>(
      `${SELECT_ORDER} WHERE referral_id = $1 AND status = ANY($2) ORDER BY cycle FOR UPDATE`,
      [referralId, OPEN_STATUSES],
    );
    return rows.map(orderOf);
  }

  /** Stores what changed in a loaded order. */
  async save(manager: EntityManager, order: DispenseOrder): Promise<void> {
    const state = order.snapshot;
    await manager.query(
      `UPDATE dispense_order SET status = $2, product_id = $3, cancellation = $4, updated_at = $5
        WHERE id = $1`,
      [
        state.id,
        state.status,
        state.productId,
        state.cancellation ? JSON.stringify(state.cancellation) : null,
        state.updatedAt,
      ],
    );
  }
}

function orderOf(row: DispenseOrderRow): DispenseOrder {
  return DispenseOrder.restore({
    id: row.id,
    referralId: row.referral_id,
    patientId: row.patient_id,
    cycle: row.cycle,
    status: row.status,
    therapy: row.therapy,
    productId: row.product_id,
    authorizationId: row.authorization_id,
    administrationDates: row.administration_dates,
    ...(row.cancellation
      ? { cancellation: { ...row.cancellation, at: new Date(row.cancellation.at) } }
      : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
