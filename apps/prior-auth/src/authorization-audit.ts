/** What the audit log calls each thing done to an authorization request. */
export const AUTHORIZATION_ACTIONS = {
  request: 'authorization.request',
  list: 'authorization.list',
  read: 'authorization.read',
  readBundle: 'authorization.bundle.read',
  readForReferral: 'authorization.referral.read',
  resubmit: 'authorization.resubmit',
  appeal: 'authorization.appeal',
  cancel: 'authorization.cancel',
  inquire: 'authorization.inquire',
  update: 'authorization.update',
  reauthorize: 'authorization.reauthorize',
  send: 'authorization.send',
  answer: 'authorization.answer',
  notify: 'authorization.notification',
  flag: 'authorization.flag',
  expire: 'authorization.expire',
} as const;

export type AuthorizationAction =
  (typeof AUTHORIZATION_ACTIONS)[keyof typeof AUTHORIZATION_ACTIONS];

export const AUTHORIZATION_RESOURCE = 'authorization';

/** What the audit log calls changes to prior-auth's copy of a referral. */
export const REFERRAL_COPY_ACTIONS = {
  keep: 'referral-copy.keep',
  update: 'referral-copy.update',
} as const;

export const REFERRAL_COPY_RESOURCE = 'referral-copy';
