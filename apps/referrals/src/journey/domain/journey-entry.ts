/**
 * One event of a referral's journey as the read model keeps it: what happened (the event's
 * type), when it happened in the service that published it, who acted, and the few facts of its
 * data the stage and the KPIs are judged by.
 */
export interface JourneyEntry {
  readonly eventId: string;
  /** CloudEvents type, e.g. `org.infuse.dispense.released.v1`. */
  readonly type: string;
  /** The publishing service, e.g. `pharmacy`. */
  readonly service: string;
  /** The person whose token made the change, or the service itself (`system:<service>`). */
  readonly actor?: { readonly subject: string; readonly role: string };
  /** When the change committed (the event's `time`). */
  readonly occurredAt: string;
  readonly facts: JourneyFacts;
}

/** The fields of event data the journey reads; every event carries some of them. */
export interface JourneyFacts {
  cycle?: number;
  infusionDay?: number;
  lastDayOfCycle?: boolean;
  dispenseId?: string;
  visitId?: string;
  authorizationId?: string;
  authorizationNumber?: string;
  payerId?: string;
  kind?: string;
  outcome?: string;
  reason?: string;
  missing?: string[];
  respondBy?: string;
  administrationDates?: string[];
  visitDate?: string;
  nextDoseDate?: string;
  nurseId?: string;
  /** The day a dose was given: the EVV date of a completed visit. */
  givenOn?: string;
}

const FACT_KEYS = [
  'cycle',
  'infusionDay',
  'lastDayOfCycle',
  'dispenseId',
  'visitId',
  'authorizationId',
  'authorizationNumber',
  'payerId',
  'kind',
  'outcome',
  'reason',
  'missing',
  'respondBy',
  'administrationDates',
  'visitDate',
  'nextDoseDate',
  'nurseId',
] as const satisfies readonly (keyof JourneyFacts)[];

/**
 * The facts of an event's data: the fields above where present, nothing else (a referral's
 * accepted event carries the whole patient; the journey keeps none of it).
 */
export function factsOf(data: unknown): JourneyFacts {
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const facts: Record<string, unknown> = {};
  for (const key of FACT_KEYS) if (record[key] !== undefined) facts[key] = record[key];
  const evv = record['evv'] as { date?: unknown } | undefined;
  if (typeof evv?.date === 'string') facts['givenOn'] = evv.date;
  return facts;
}

/** `org.infuse.<aggregate>.<verb>.v1` → `<aggregate>.<verb>`, e.g. `dispense.released`. */
export function eventName(type: string): string {
  return type.replace(/^org\.infuse\./, '').replace(/\.v\d+$/, '');
}
