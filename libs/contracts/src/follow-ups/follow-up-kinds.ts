/**
 * The kinds of follow-up task the workers keep. Each is also the name of its job on the
 * `followups` queue (FOLLOW_UP_JOBS).
 */
export const FOLLOW_UP_KINDS = [
  'missing_documents',
  'authorization_pended',
  'authorization_expiring',
  'next_cycle',
  'trough_igg',
  'hemolysis_labs',
  'adverse_reaction',
  'missed_visit',
  'prescription_renewal',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** How urgent a task is: an escalated task, or one a patient's safety needs now, is `high`. */
export const FOLLOW_UP_PRIORITIES = ['normal', 'high'] as const;
export type FollowUpPriority = (typeof FOLLOW_UP_PRIORITIES)[number];
