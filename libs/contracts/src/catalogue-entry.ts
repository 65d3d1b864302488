import { z } from 'zod';
import { type CloudEventsHeaders } from './cloud-events-headers';
import { type EventContract } from './event-contract';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

/** What the catalogue shows of one event type, derived from its contract. */
export interface CatalogueEntry {
  readonly contract: EventContract;
  /** AsyncAPI message id, e.g. `referralAcceptedV1` for `org.infuse.referral.accepted.v1`. */
  readonly messageId: string;
  readonly payload: JsonSchema;
  /** The payload field the Kafka key is read from, if the example shows which one it is. */
  readonly keyField: string | undefined;
  readonly exampleHeaders: CloudEventsHeaders;
}

export function catalogueEntry(contract: EventContract): CatalogueEntry {
  return {
    contract,
    messageId: camelCase(contract.type.replace(/^org\.infuse\./, '')),
    payload: payloadJsonSchema(contract.schema),
    keyField: keyField(contract),
    exampleHeaders: exampleHeaders(contract),
  };
}

/** JSON Schema draft-07 (the base of AsyncAPI Schema), without `$schema`, as plain JSON. */
export function payloadJsonSchema(schema: z.ZodType): JsonSchema {
  // The input side is what travels: in output mode zod adds `additionalProperties: false`
  // because parsing strips unknown keys, but producers may add fields and readers ignore them.
  const draft07 = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' });
  const json = JSON.parse(JSON.stringify(draft07)) as JsonSchema;
  delete json.$schema;
  return json;
}

/** `prior-auth.authorization.v1` → `priorAuthAuthorizationV1`. */
export function camelCase(dotted: string): string {
  return dotted
    .split(/[.-]/)
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

function exampleData(contract: EventContract): Record<string, unknown> {
  const { example } = contract;
  return typeof example === 'object' && example !== null ? { ...example } : {};
}

function keyField(contract: EventContract): string | undefined {
  const key = contract.keyOf(contract.example);
  return Object.entries(exampleData(contract)).find(([, value]) => value === key)?.[0];
}

// Every event records the instant it happened in a top-level `<verb-past>At` field (a test holds
// every contract to it), which is also the envelope's time.
export function occurredAtField(contract: EventContract): string | undefined {
  return Object.keys(exampleData(contract)).find((field) => /^[a-z]+At$/.test(field));
}

function exampleHeaders(contract: EventContract): CloudEventsHeaders {
  const data = exampleData(contract);
  const subject = contract.keyOf(contract.example);
  const time = data[occurredAtField(contract) ?? ''];
  const referralId = data['referralId'];
  return {
    ce_id: exampleEventId(contract.type),
    ce_type: contract.type,
    ce_source: contract.source,
    ce_specversion: '1.0',
    ce_time: typeof time === 'string' ? time : '1970-01-01T00:00:00Z',
    ce_subject: subject,
    'content-type': 'application/json',
    ce_correlationid: typeof referralId === 'string' ? referralId : subject,
    ce_traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  };
}

// A stable, UUID-shaped id per event type, so regenerating the catalogue changes nothing.
function exampleEventId(seed: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round += 1) {
    let hash = 0x811c9dc5;
    for (const char of `${round}:${seed}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  const variant = '89ab'.charAt(parseInt(hex.charAt(16), 16) % 4);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
