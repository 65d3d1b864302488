import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { calendarDate, instant } from '../payload-primitives';
import {
  AUTHORIZATION_EVENT,
  AUTHORIZATION_EXAMPLE,
  authorizationEventFields,
  hcpcsCode,
} from './authorization-event.common';

/** An authorization request was opened for a referral, before anything went to the payer. */
export const AuthorizationRequested = defineEvent({
  type: 'org.infuse.authorization.requested.v1',
  ...AUTHORIZATION_EVENT,
  summary: 'An authorization request was opened for a referral (initial, renewal or update).',
  schema: z.object({
    ...authorizationEventFields,
    hcpcs: hcpcsCode(),
    requestedUnits: z.number().int().positive().describe('Billing units for the whole period'),
    periodStart: calendarDate(),
    periodEnd: calendarDate(),
    requestedAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    hcpcs: 'J1459',
    requestedUnits: 432,
    periodStart: '2026-12-07',
    periodEnd: '2027-06-06',
    requestedAt: '2026-11-21T10:41:06-05:00',
  },
});

/** The request bundle reached the payer, which acknowledged it. */
export const AuthorizationSubmitted = defineEvent({
  type: 'org.infuse.authorization.submitted.v1',
  ...AUTHORIZATION_EVENT,
  summary: 'The PAS request bundle reached the payer.',
  schema: z.object({
    ...authorizationEventFields,
    claimIdentifier: z
      .string()
      .min(1)
      .describe("The Claim's identifier the payer de-duplicates on"),
    submittedAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    claimIdentifier: 'infuse-7e3a9c10-1',
    submittedAt: '2026-11-21T10:41:07-05:00',
  },
});

/** The payer refused the bundle itself (an OperationOutcome or ClaimResponse.error). */
export const AuthorizationSubmissionFailed = defineEvent({
  type: 'org.infuse.authorization.submission-failed.v1',
  ...AUTHORIZATION_EVENT,
  summary: 'The payer refused the request bundle; a coordinator fixes it and resubmits.',
  schema: z.object({
    ...authorizationEventFields,
    errors: z
      .array(
        z.object({
          code: z.string().min(1).optional(),
          message: z.string().min(1),
          location: z.string().min(1).optional().describe('FHIRPath of the problem'),
        }),
      )
      .min(1),
    failedAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    errors: [
      { code: 'required', message: 'Claim.insurance is required', location: 'Claim.insurance' },
    ],
    failedAt: '2026-11-21T10:41:07-05:00',
  },
});
