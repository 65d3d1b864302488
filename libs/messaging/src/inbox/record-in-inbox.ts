import { type EntityManager } from 'typeorm';
import { type EventEnvelope } from '../envelope/event-envelope';

export interface DeliveryPosition {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Records an event as applied, inside the handler's transaction. False means it was applied
 * before (a redelivery), and the handler must not run again.
 */
export async function recordInInbox(
  manager: EntityManager,
  envelope: EventEnvelope,
  position: DeliveryPosition,
): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO inbox (event_id, type, topic, partition, "offset") VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    [envelope.id, envelope.type, position.topic, position.partition, position.offset],
  );
  return inserted.length === 1;
}
