import { type Principal } from '@infuse/auth';

/**
 * Pharmacists read a referral only once intake has accepted it: that is when pharmacy receives
 * it and has a prescription to verify against. It stays readable if it is cancelled later, for
 * the orders already dispensed. Other readers of these routes (coordinators, administrators,
 * prior-auth's identity) are not narrowed here.
 */
export function mayRead(principal: Principal, everAccepted: boolean): boolean {
  return principal.role !== 'pharmacist' || everAccepted;
}
