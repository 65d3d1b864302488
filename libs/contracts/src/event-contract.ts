import { type z } from 'zod';
import { type TopicName } from './topics';

/**
 * One published event type: what producers must send and consumers may rely on. Producers and
 * consumers both validate `data` with `schema`; changes are additive, and a breaking change is a
 * new type with the next `.vN`.
 */
export interface EventContract<Data = unknown> {
  /** CloudEvents `type`, `org.infuse.<aggregate>.<verb-past>.v<n>`, e.g. `org.infuse.referral.accepted.v1`. */
  readonly type: string;
  readonly topic: TopicName;
  /** CloudEvents `source` of the producer, e.g. `/infuse/referrals`. */
  readonly source: string;
  /** One sentence for the event catalogue. */
  readonly summary: string;
  readonly schema: z.ZodType<Data>;
  /** A realistic payload; a test parses it with `schema`. */
  readonly example: Data;
  /**
   * The Kafka key (patient id) of an event, read from its data.
   *
   * Method syntax on purpose: it makes the parameter bivariant, so a contract for one event type
   * still fits in a list of `EventContract` (of unknown data).
   */
  keyOf(data: Data): string;
}

/** The payload type of a contract: `EventData<typeof ReferralAccepted>`. */
export type EventData<C> = C extends EventContract<infer D> ? D : never;

/** Declares an event type; the payload type is inferred from the schema. */
export function defineEvent<Schema extends z.ZodType>(definition: {
  type: string;
  topic: TopicName;
  source: string;
  summary: string;
  schema: Schema;
  example: z.output<Schema>;
  keyOf: (data: z.output<Schema>) => string;
}): EventContract<z.output<Schema>> {
  const { type, topic, source, summary, schema, example, keyOf } = definition;
  // A generic Schema is not known to TypeScript to be a ZodType of its own output; it always is.
  const typedSchema = schema as z.ZodType<z.output<Schema>>;
  return Object.freeze({ type, topic, source, summary, schema: typedSchema, example, keyOf });
}
