import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, calendarDate, instant } from '../payload-primitives';
import {
  AUTHORIZATION_EVENT,
  AUTHORIZATION_EXAMPLE,
  authorizationEventFields,
} from './authorization-event.common';

/** A coordinator appealed a denial. */
export const AuthorizationAppealed = defineEvent({
  type: 'org.infuse.authorization.appealed.v1',
  ...AUTHORIZATION_EVENT,
  summary: 'A coordinator appealed a denied request.',
  schema: z.object({
    ...authorizationEventFields,
    reason: z.string().min(1).max(2000),
    appealedAt: instant(),
    appealedBy: actor(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    payerId: 'state-medicaid',
    reason: 'Immunology consult documents recurrent pneumonias despite antibiotics.',
    appealedAt: '2026-11-23T09:02:11-05:00',
    appealedBy: 'ic-17',
  },
});

/** The request was withdrawn, and cancelled at the payer when it had been sent. */
export const AuthorizationCancelled = defineEvent({
  type: 'org.infuse.authorization.cancelled.v1',
  ...AUTHORIZATION_EVENT,
  summary: 'The request was withdrawn and cancelled at the payer.',
  schema: z.object({
    ...authorizationEventFields,
    reason: z.string().min(1).max(500).optional(),
    cancelledAt: instant(),
    cancelledBy: actor(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    reason: 'Referral cancelled',
    cancelledAt: '2026-11-24T16:12:10-05:00',
    cancelledBy: 'ic-17',
  },
});

/** An approved authorization ends soon: time to ask for the next one. */
export const AuthorizationExpiring = defineEvent({
  type: 'org.infuse.authorization.expiring.v1',
  ...AUTHORIZATION_EVENT,
  summary: 'An approved authorization ends within the reauthorization lead time.',
  schema: z.object({
    ...authorizationEventFields,
    authorizationNumber: z.string().min(1),
    periodEnd: calendarDate(),
    noticedAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    authorizationNumber: 'AUTH-ACME-000184',
    periodEnd: '2027-06-06',
    noticedAt: '2027-05-07T00:00:00Z',
  },
});

/** An approved authorization's period has ended. */
export const AuthorizationExpired = defineEvent({
  type: 'org.infuse.authorization.expired.v1',
  ...AUTHORIZATION_EVENT,
  summary: "An approved authorization's period has ended.",
  schema: z.object({
    ...authorizationEventFields,
    authorizationNumber: z.string().min(1),
    periodEnd: calendarDate(),
    expiredAt: instant(),
  }),
  example: {
    ...AUTHORIZATION_EXAMPLE,
    authorizationNumber: 'AUTH-ACME-000184',
    periodEnd: '2027-06-06',
    expiredAt: '2027-06-07T00:00:00Z',
  },
});
