import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { calendarDate, instant } from '../payload-primitives';
import {
  AUTHORIZATION_EVENT,
  AUTHORIZATION_EXAMPLE,
  authorizationEventFields,
  hcpcsCode,
} from './authorization-event.common';

/** How much of the request the payer certified (X12 306: A1, A2, A6). */
export const APPROVAL_OUTCOMES = ['certified', 'partial', 'modified'] as const;

/** An X12 review-decision reason the payer gave. */
const reasonSchema = z.object({
  code: z.string().min(1),
  display: z.string().min(1).optional(),
});

/**
 * The payer authorized the therapy, in total (A1), in part (A2) or modified (A6): what pharmacy
 * needs to dispense against it.
 */
export const AuthorizationApproved = defineEvent({
  type: 'org.infuse.authorization.approved.v1',
  ...AUTHORIZATION_EVENT,
  summary:
    'The payer authorized the therapy: authorization number, period, HCPCS and units authorized.',
  schema: z.object({
    ...authorizationEventFields,
    outcome: z.enum(APPROVAL_OUTCOMES),
    authorizationNumber: z.string().min(1),
    periodStart: calendarDate(),
    periodEnd: calendarDate().describe('Last day covered (inclusive)'),
    hcpcs: hcpcsCode(),
    requestedUnits: z.number().int().positive(),
    authorizedUnits: z.number().int().positive(),
    reauthorization: z.boolean(),
    decidedAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    outcome: 'certified',
    authorizationNumber: 'AUTH-ACME-000184',
    periodStart: '2026-12-07',
    periodEnd: '2027-06-06',
    hcpcs: 'J1459',
    requestedUnits: 432,
    authorizedUnits: 432,
    reauthorization: false,
    decidedAt: '2026-11-21T10:41:08-05:00',
  },
});

/** The payer holds the request for review (A4); its answer should come by `respondBy`. */
export const AuthorizationPended = defineEvent({
  type: 'org.infuse.authorization.pended.v1',
  ...AUTHORIZATION_EVENT,
  summary: "The payer pended the request for review; it should answer by the payer's turnaround.",
  schema: z.object({
    ...authorizationEventFields,
    respondBy: instant().describe("When the payer's turnaround says it should have answered"),
    pendedAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    payerId: 'northwind-medicare',
    respondBy: '2026-11-24T10:41:08-05:00',
    pendedAt: '2026-11-21T10:41:08-05:00',
  },
});

/** The payer did not certify the request (A3), with its reasons. */
export const AuthorizationDenied = defineEvent({
  type: 'org.infuse.authorization.denied.v1',
  ...AUTHORIZATION_EVENT,
  summary: 'The payer denied the request, with its reason codes.',
  schema: z.object({
    ...authorizationEventFields,
    reasons: z.array(reasonSchema),
    decidedAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    payerId: 'state-medicaid',
    reasons: [{ code: 'AA', display: 'Authorization/access restrictions' }],
    decidedAt: '2026-11-21T10:41:08-05:00',
  },
});

/**
 * The request needs a coordinator: the payer answered with a review action Infuse does not act on
 * alone, or the request could not go to the payer at all (an unknown payer, no product to plan).
 */
export const AuthorizationNeedsReview = defineEvent({
  type: 'org.infuse.authorization.needs-review.v1',
  ...AUTHORIZATION_EVENT,
  summary:
    'The request needs a coordinator: an answer Infuse does not act on alone, or a request it could not send.',
  schema: z.object({
    ...authorizationEventFields,
    reason: z.string().min(1).max(1000).describe('What the coordinator must resolve'),
    reviewActionCode: z
      .string()
      .min(1)
      .optional()
      .describe('X12 306 code as the payer sent it, when the payer answered'),
    receivedAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    reason: 'The payer answered with review action CT (contact payer)',
    reviewActionCode: 'CT',
    receivedAt: '2026-11-21T10:41:08-05:00',
  },
});
