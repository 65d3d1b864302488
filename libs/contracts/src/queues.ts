import { FOLLOW_UP_KINDS, type FollowUpKind } from './follow-ups/follow-up-kinds';

/**
 * BullMQ queue names. They are a contract between the producer of a job and its worker: renaming
 * one strands the jobs already waiting under the old name.
 */
export const QUEUES = {
  followups: 'followups',
  copayAssistance: 'copay-assistance',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Job names on the `followups` queue: the follow-up kinds, one job name each. */
export const FOLLOW_UP_JOBS: Readonly<Record<FollowUpKind, FollowUpKind>> = Object.freeze(
  Object.fromEntries(FOLLOW_UP_KINDS.map((kind) => [kind, kind])) as Record<
    FollowUpKind,
    FollowUpKind
  >,
);

export type FollowUpJobName = FollowUpKind;

/** Job names on the `copay-assistance` queue, the steps of one assistance case. */
export const COPAY_ASSISTANCE_JOBS = {
  screen: 'screen',
  enrol: 'enrol',
  trackBenefit: 'track-benefit',
  reEnrol: 're-enrol',
} as const;

export type CopayAssistanceJobName =
  (typeof COPAY_ASSISTANCE_JOBS)[keyof typeof COPAY_ASSISTANCE_JOBS];
