/** What the audit log calls each thing done to a follow-up task. */
export const FOLLOW_UP_ACTIONS = {
  open: 'follow-up.open',
  fire: 'follow-up.fire',
  resolve: 'follow-up.resolve',
  list: 'follow-up.list',
  complete: 'follow-up.complete',
  snooze: 'follow-up.snooze',
  keepDose: 'follow-up-dose.keep',
} as const;

export const FOLLOW_UP_RESOURCE = 'follow-up';
export const FOLLOW_UP_DOSE_RESOURCE = 'follow-up-dose';
