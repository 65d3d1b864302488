import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { instant } from '../payload-primitives';
import {
  ASSISTANCE_CASE_EVENT,
  ASSISTANCE_CASE_EXAMPLE,
  assistanceCaseEventFields,
} from './assistance-case-event.common';

/** Why a case ended. */
export const CASE_CLOSE_REASONS = ['referral_cancelled', 'coordinator'] as const;
export type CaseCloseReason = (typeof CASE_CLOSE_REASONS)[number];

/** The case ended: its referral was cancelled, or a coordinator closed it. */
export const AssistanceCaseClosed = defineEvent({
  type: 'org.infuse.assistance-case.closed.v1',
  ...ASSISTANCE_CASE_EVENT,
  summary: 'The case ended: the referral was cancelled, or a coordinator closed it.',
  schema: z.object({
    ...assistanceCaseEventFields,
    reason: z.enum(CASE_CLOSE_REASONS),
    note: z.string().min(1).max(1000).optional(),
    closedAt: instant(),
  }),
  example: {
    ...ASSISTANCE_CASE_EXAMPLE,
    reason: 'coordinator',
    note: 'The patient chose to pay without assistance',
    closedAt: '2026-11-25T09:30:00-05:00',
  },
});
