import { defineConfigSection, type SectionValue } from '@infuse/config';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

/**
 * Calls to outside systems: how long one try may take, how often it is retried in process, how
 * a call that still fails is rescheduled (durably, in its row), and when a target's circuit opens.
 */
export const outboundCallsConfig = defineConfigSection(
  'outboundCalls',
  z
    .object({
      OUTBOUND_CALL_TIMEOUT_MS: positiveInt.max(120_000).default(10_000),
      /** Tries after the first, within one dispatch, for a network failure, timeout, 408, 429 or 5xx. */
      OUTBOUND_CALL_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
      OUTBOUND_CALL_RETRY_BASE_MS: positiveInt.default(250),
      OUTBOUND_CALL_RETRY_MAX_MS: positiveInt.default(2_000),
      /** Dispatches of one call before it is given up and its handler's failure hook runs. */
      OUTBOUND_CALL_MAX_ATTEMPTS: positiveInt.max(100).default(12),
      OUTBOUND_CALL_RESCHEDULE_BASE_MS: positiveInt.default(10_000),
      OUTBOUND_CALL_RESCHEDULE_MAX_MS: positiveInt.default(30 * 60_000),
      /** How long a dispatcher owns a claimed call; after that another instance may send it again. */
      OUTBOUND_CALL_LEASE_MS: positiveInt.default(120_000),
      /** Calls one dispatcher has in flight at once. */
      OUTBOUND_CALL_CONCURRENCY: positiveInt.max(100).default(8),
      OUTBOUND_CALL_POLL_INTERVAL_MS: positiveInt.default(1000),
      /** Consecutive failures of one origin that open its circuit. */
      OUTBOUND_CIRCUIT_FAILURES: positiveInt.max(100).default(5),
      OUTBOUND_CIRCUIT_HALF_OPEN_MS: positiveInt.default(30_000),
    })
    .superRefine((value, context) => {
      // A lease shorter than one dispatch would let a second instance send a call that is still
      // in flight: harmless with the idempotency key, but wasteful and confusing to read.
      const longestDispatch =
        (value.OUTBOUND_CALL_RETRIES + 1) * value.OUTBOUND_CALL_TIMEOUT_MS +
        value.OUTBOUND_CALL_RETRIES * value.OUTBOUND_CALL_RETRY_MAX_MS;
      if (value.OUTBOUND_CALL_LEASE_MS <= longestDispatch) {
        context.addIssue({
          code: 'custom',
          path: ['OUTBOUND_CALL_LEASE_MS'],
          message: `must exceed the longest dispatch, ${longestDispatch} ms (tries × timeout + backoff)`,
        });
      }
    }),
);

export type OutboundCallsConfig = SectionValue<typeof outboundCallsConfig>;
