import { Injectable } from '@nestjs/common';
import { type Therapy } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import {
  type Cancellation,
  DispenseOrder,
  type DispenseStatus,
  OPEN_STATUSES,
  type Receipt,
  type Release,
  type Shipment,
  type Verification,
} from '../domain/dispense-order.aggregate';
import { revive, type Stored, storedJson } from './stored-stamps';

export interface DispenseOrderRow {
  id: string;
  referral_id: string;
  patient_id: string;
  cycle: number;
  status: DispenseStatus;
  therapy: Therapy;
  product_id: string;
  authorization_id: string;
  administration_dates: string[];
  verification: Stored<Verification> | null;
  release: Stored<Release> | null;
  shipment: Stored<Shipment> | null;
  delivery: Stored<Receipt> | null;
  unusable_releases: {
    release: Stored<Release>;
    shipment: Stored<Shipment>;
    receipt: Stored<Receipt>;
  }[];
  cancellation: Stored<Cancellation> | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns of an order, as every reading of one selects them (alias `o`). */
export const ORDER_COLUMNS = `o.id, o.referral_id, o.patient_id, o.cycle, o.status, o.therapy, o.product_id,
  o.authorization_id, o.administration_dates::text[], o.verification, o.release, o.shipment, o.delivery,
  o.unusable_releases, o.cancellation, o.created_at, o.updated_at`;

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

  /** The referral an order belongs to, which never changes: to take its lock first. */
  async referralOf(manager: EntityManager, id: string): Promise<string | undefined> {
    const [row] = await manager.query<{ referral_id: string }[]>(
      `SELECT referral_id FROM dispense_order WHERE id = $1`,
      [id],
    );
    return row?.referral_id;
  }

  /** An order of a referral by cycle, locked for a change. */
  async lockCycle(
    manager: EntityManager,
    referralId: string,
    cycle: number,
  ): Promise<DispenseOrder | undefined> {
    const [row] = await manager.query<DispenseOrderRow[]>(
      `SELECT ${ORDER_COLUMNS} FROM dispense_order o WHERE o.referral_id = $1 AND o.cycle = $2 FOR UPDATE`,
      [referralId, cycle],
    );
    return row ? orderOf(row) : undefined;
  }

  /** Loads and row-locks an order, so changes to one order take turns. */
  async lockForChange(manager: EntityManager, id: string): Promise<DispenseOrder | undefined> {
    const [row] = await manager.query<DispenseOrderRow[]>(
      `SELECT ${ORDER_COLUMNS} FROM dispense_order o WHERE o.id = $1 FOR UPDATE`,
      [id],
    );
    return row ? orderOf(row) : undefined;
  }

  /** The orders of a referral that are not yet on their way, locked for a change. */
  async lockOpenOrders(manager: EntityManager, referralId: string): Promise<DispenseOrder[]> {
    const rows = await manager.query<DispenseOrderRow[]>(
      `SELECT ${ORDER_COLUMNS} FROM dispense_order o
        WHERE o.referral_id = $1 AND o.status = ANY($2) ORDER BY o.cycle FOR UPDATE`,
      [referralId, OPEN_STATUSES],
    );
    return rows.map(orderOf);
  }

  /** Stores what changed in a loaded order. */
  async save(manager: EntityManager, order: DispenseOrder): Promise<void> {
    const state = order.snapshot;
    const release = order.releasedUnits === undefined ? undefined : state.release;
    await manager.query(
      `UPDATE dispense_order SET status = $2, product_id = $3, verification = $4, release = $5,
              released_authorization_id = $6, released_units = $7, shipment = $8, delivery = $9,
              unusable_releases = $10, cancellation = $11, updated_at = $12
        WHERE id = $1`,
      [
        state.id,
        state.status,
        state.productId,
        storedJson(state.verification),
        storedJson(state.release),
        release?.authorizationId ?? null,
        release?.units ?? null,
        storedJson(state.shipment),
        storedJson(state.delivery),
        JSON.stringify(state.unusableReleases),
        storedJson(state.cancellation),
        state.updatedAt,
      ],
    );
  }
}

/** An order from its row. */
export function orderOf(row: DispenseOrderRow): DispenseOrder {
  const verification = revive<Verification>(row.verification);
  const release = revive<Release>(row.release);
  const shipment = revive<Shipment>(row.shipment);
  const delivery = revive<Receipt>(row.delivery);
  const cancellation = revive<Cancellation>(row.cancellation);
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
    ...(verification ? { verification } : {}),
    ...(release ? { release } : {}),
    ...(shipment ? { shipment } : {}),
    ...(delivery ? { delivery } : {}),
    ...(cancellation ? { cancellation } : {}),
    unusableReleases: row.unusable_releases.map((unusable) => ({
      release: required(revive<Release>(unusable.release)),
      shipment: required(revive<Shipment>(unusable.shipment)),
      receipt: required(revive<Receipt>(unusable.receipt)),
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a stored unusable release lacks a part');
  return value;
}
