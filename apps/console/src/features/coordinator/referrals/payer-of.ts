import type { InsuranceSnapshot } from '@infuse/contracts';

/** The value the payer filter and column use: the payer's id, or `uninsured`. */
export const UNINSURED = 'uninsured';

export function payerKeyOf(insurance: InsuranceSnapshot): string {
  return insurance.planType === 'uninsured' ? UNINSURED : (insurance.payerId ?? UNINSURED);
}

/** The payer as a coordinator reads it: its id (the directory's key) and the name given. */
export function payerWords(insurance: InsuranceSnapshot): string {
  if (insurance.planType === 'uninsured' || !insurance.payerId) return 'Uninsured';
  return insurance.payerName ? `${insurance.payerName} (${insurance.payerId})` : insurance.payerId;
}
