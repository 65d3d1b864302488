/** What the audit log calls each thing done to a referral. */
export const REFERRAL_ACTIONS = {
  create: 'referral.create',
  read: 'referral.read',
  readJourney: 'referral.journey.read',
  list: 'referral.list',
  readDocument: 'referral.document.read',
  addDocument: 'referral.document.add',
  addLab: 'referral.lab.add',
  reject: 'referral.reject',
  cancel: 'referral.cancel',
} as const;

export type ReferralChangeAction = (typeof REFERRAL_ACTIONS)[keyof typeof REFERRAL_ACTIONS];

export const REFERRAL_RESOURCE = 'referral';
