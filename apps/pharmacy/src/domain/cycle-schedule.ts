import { doseCalendar, type IsoDate } from '@infuse/clinical';
import { type OrderSnapshot } from '@infuse/contracts';
import { type AuthorizationGrant } from './authorization-grant';

/**
 * The first day of the first cycle: the order's start date, or, when the order gives none, the
 * first day an authorization covers.
 */
export function firstCycleStart(
  order: OrderSnapshot,
  grants: readonly AuthorizationGrant[],
): IsoDate | undefined {
  if (order.startDate) return order.startDate;
  return grants.map((grant) => grant.periodStart).sort()[0];
}

/** The administration dates of a cycle starting on `start`: one per infusion day. */
export function cycleDates(order: OrderSnapshot, start: IsoDate): IsoDate[] {
  const [cycle] = doseCalendar(start, order.intervalDays, order.infusionDays, 1);
  return [...(cycle?.infusionDates ?? [start])];
}
