/**
 * BullMQ queue names. They are a contract between the producer of a job and its worker: renaming
 * one strands the jobs already waiting under the old name.
 */
export const QUEUES = {
  followups: 'followups',
  copayAssistance: 'copay-assistance',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Job names on the `followups` queue, one per kind of follow-up task. */
export const FOLLOW_UP_JOBS = {
  documentsMissing: 'documents-missing',
  authorizationInquiry: 'authorization-inquiry',
  authorizationExpiring: 'authorization-expiring',
  nextInfusionCycle: 'next-infusion-cycle',
  troughIgg: 'trough-igg',
  missedVisit: 'missed-visit',
} as const;

export type FollowUpJobName = (typeof FOLLOW_UP_JOBS)[keyof typeof FOLLOW_UP_JOBS];

/** Job names on the `copay-assistance` queue, the steps of one assistance case. */
export const COPAY_ASSISTANCE_JOBS = {
  screen: 'screen',
  enrol: 'enrol',
  trackBenefit: 'track-benefit',
  reEnrol: 're-enrol',
} as const;

export type CopayAssistanceJobName =
  (typeof COPAY_ASSISTANCE_JOBS)[keyof typeof COPAY_ASSISTANCE_JOBS];
