import { type Principal } from './principal';

/**
 * Object-level checks: a role admits a caller to a route, these decide whether the caller may
 * see one particular object. Callers answer 404 rather than 403 when these fail, so that a
 * payer cannot learn that another payer's request exists.
 */
export function mayActForPayer(principal: Principal, payerId: string): boolean {
  if (principal.role === 'admin') return true;
  return principal.role === 'payer' && principal.payerId === payerId;
}

export function mayActForNurse(principal: Principal, nurseId: string): boolean {
  if (principal.role === 'admin') return true;
  return principal.role === 'nurse' && principal.subject === nurseId;
}
