import { SetMetadata } from '@nestjs/common';

export const AUDITED_ROUTE = 'infuse:audited-route';

export interface AuditedRoute {
  /** What the route does to the resource, e.g. `referral.read`. */
  action: string;
  resourceType: string;
  /** Route parameter holding the resource id; otherwise the response's `id` is used. */
  idParam?: string;
  /**
   * The use case writes the success row itself, inside the transaction of the change, so a
   * change is never committed without its audit row. Refusals and failures are still recorded
   * here.
   */
  recordedInTransaction?: boolean;
}

/**
 * Marks a route that reads or changes patient data. Every call is written to the audit log:
 * `success` after the handler, `failed` when it throws, `denied` when auth turns it away.
 */
export const Audited = (route: AuditedRoute) => SetMetadata(AUDITED_ROUTE, route);
