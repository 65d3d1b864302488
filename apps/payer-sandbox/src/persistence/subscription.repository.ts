import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

/** A provider's subscription to final answers, as the sandbox keeps it. */
export interface StoredSubscription {
  readonly id: string;
  readonly providerSubject: string;
  readonly endpoint: string;
  readonly orgIdentifier: string | null;
}

/** The subscriptions providers recorded, one per provider and endpoint. */
@Injectable()
export class SubscriptionRepository {
  /**
   * Records a subscription, or replaces the one this provider has at this endpoint (keeping its
   * id, so notifications already waiting still find it). One statement: two identical
   * subscriptions at once make one row.
   */
  async upsert(
    manager: EntityManager,
    subscription: {
      id: string;
      providerSubject: string;
      endpoint: string;
      orgIdentifier: string | null;
      resource: unknown;
      at: Date;
    },
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO subscription (id, provider_subject, endpoint, org_identifier, resource, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (provider_subject, endpoint)
       DO UPDATE SET org_identifier = EXCLUDED.org_identifier, resource = EXCLUDED.resource,
                     updated_at = EXCLUDED.updated_at
       RETURNING id`,
      [
        subscription.id,
        subscription.providerSubject,
        subscription.endpoint,
        subscription.orgIdentifier,
        JSON.stringify(subscription.resource),
        subscription.at,
      ],
    );
    if (!row) throw new Error('the subscription upsert returned nothing');
    return row.id;
  }

  /**
   * The subscriptions a request's final answer goes to: the provider's own, unfiltered or
   * filtered on one of the provider organization's identifiers.
   */
  async matching(
    manager: EntityManager,
    providerSubject: string,
    providerIdentifiers: readonly string[],
  ): Promise<StoredSubscription[]> {
    const rows = await manager.query<
      { id: string; provider_subject: string; endpoint: string; org_identifier: string | null }[]
    >(
      `SELECT id, provider_subject, endpoint, org_identifier FROM subscription
        WHERE provider_subject = $1 AND (org_identifier IS NULL OR org_identifier = ANY($2::text[]))
        ORDER BY created_at, id`,
      [providerSubject, providerIdentifiers],
    );
    return rows.map((row) => ({
      id: row.id,
      providerSubject: row.provider_subject,
      endpoint: row.endpoint,
      orgIdentifier: row.org_identifier,
    }));
  }

  /** Counts one more event on the subscription and returns its number. */
  async nextEventNumber(manager: EntityManager, id: string): Promise<number> {
    const [rows] = await manager.query<[{ events: number }[], number]>(
      `UPDATE subscription SET events_since_start = events_since_start + 1 WHERE id = $1
       RETURNING events_since_start AS events`,
      [id],
    );
    const [row] = rows;
    if (!row) throw new Error('the subscription to notify is gone');
    return row.events;
  }

  /** Every subscription's endpoint, by id: what notifications are sent to. */
  async endpoints(manager: EntityManager): Promise<Map<string, string>> {
    const rows = await manager.query<{ id: string; endpoint: string }[]>(
      `SELECT id, endpoint FROM subscription`,
    );
    return new Map(rows.map((row) => [row.id, row.endpoint]));
  }
}
