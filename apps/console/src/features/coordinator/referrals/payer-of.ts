import type { WorkQueueInsurance } from './referrals.api';

/** Who pays, as both the work queue and a referral's own page carry it. */
type Insurance = Pick<WorkQueueInsurance, 'planType'> & {
  payerId?: string | null;
  payerName?: string | null;
};

/** The value the payer filter and column use: the payer's id, or `uninsured`. */
export const UNINSURED = 'uninsured';

export function payerKeyOf(insurance: Insurance): string {
  return insurance.planType === 'uninsured' ? UNINSURED : (insurance.payerId ?? UNINSURED);
}

/** The payer as a coordinator reads it: its id (the directory's key) and the name given. */
export function payerWords(insurance: Insurance): string {
  if (insurance.planType === 'uninsured' || !insurance.payerId) return 'Uninsured';
  return insurance.payerName ? `${insurance.payerName} (${insurance.payerId})` : insurance.payerId;
}
