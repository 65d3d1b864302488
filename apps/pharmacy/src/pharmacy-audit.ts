/** What the audit log calls each thing done to pharmacy's records of a patient. */
export const PHARMACY_ACTIONS = {
  keepReferral: 'referral-copy.keep',
  addToReferral: 'referral-copy.add',
  recordAuthorization: 'authorization-grant.record',
  withdrawAuthorization: 'authorization-grant.withdraw',
  create: 'dispense.create',
  list: 'dispense.list',
  read: 'dispense.read',
  verify: 'dispense.verify',
  release: 'dispense.release',
  ship: 'dispense.ship',
  deliver: 'dispense.deliver',
  cancel: 'dispense.cancel',
} as const;

export type PharmacyAction = (typeof PHARMACY_ACTIONS)[keyof typeof PHARMACY_ACTIONS];

export const DISPENSE_RESOURCE = 'dispense';
export const REFERRAL_COPY_RESOURCE = 'referral-copy';
export const AUTHORIZATION_GRANT_RESOURCE = 'authorization-grant';
