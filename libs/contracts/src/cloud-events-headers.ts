import { z } from 'zod';

// The Kafka headers of an event in CloudEvents binary mode, as libs/messaging writes them. Here so
// the catalogue documents them from one schema; messaging owns reading and writing them.
export const cloudEventsHeadersSchema = z.object({
  ce_id: z.string().min(1).describe('Unique per event; consumers de-duplicate on it'),
  ce_type: z
    .string()
    .regex(/^org\.infuse\.[a-z-]+\.[a-z-]+\.v\d+$/)
    .describe('The event type; selects the payload schema'),
  ce_source: z
    .string()
    .regex(/^\/infuse\/[a-z-]+$/)
    .describe('The producing service'),
  ce_specversion: z.literal('1.0'),
  ce_time: z.iso.datetime({ offset: true }).describe('When the state change committed'),
  ce_subject: z.string().min(1).describe('The patient id; the same as the message key'),
  'content-type': z.literal('application/json'),
  ce_correlationid: z
    .string()
    .min(1)
    .describe('The referral the event belongs to; everything that follows one referral shares it'),
  ce_causationid: z
    .string()
    .min(1)
    .optional()
    .describe('The ce_id of the event whose handling produced this one'),
  ce_traceparent: z
    .string()
    .regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/)
    .optional()
    .describe('W3C traceparent of the span that produced the event'),
});

export type CloudEventsHeaders = z.output<typeof cloudEventsHeadersSchema>;
