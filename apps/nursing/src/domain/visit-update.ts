import { type UpdateType, type VisitUpdate } from '@infuse/contracts';

export const UPDATE_TYPES = [
  'en_route',
  'arrived',
  'departed',
  'vitals',
  'premedication_given',
  'infusion_started',
  'rate_changed',
  'reaction',
  'infusion_ended',
  'observation_ended',
  'signed',
  'missed',
  'addendum',
] as const satisfies readonly UpdateType[];

/** An update as stored: with who sent it. */
export type StoredUpdate = VisitUpdate & { by: string };

/** The order updates are judged in: the device's time, then the id, whatever order they came. */
export function inJudgingOrder<T extends { clientUpdateId: string; at: string }>(
  updates: readonly T[],
): T[] {
  return [...updates].sort(
    (a, b) =>
      Date.parse(a.at) - Date.parse(b.at) ||
      (a.clientUpdateId < b.clientUpdateId ? -1 : a.clientUpdateId > b.clientUpdateId ? 1 : 0),
  );
}
