import { mayActForNurse, mayActForPayer } from './object-scope';
import { type Principal } from './principal';

const acmeReviewer: Principal = { subject: 'rev-1', role: 'payer', payerId: 'acme-health' };
const nurse: Principal = { subject: 'rn-1', role: 'nurse' };
const admin: Principal = { subject: 'ad-1', role: 'admin' };

describe('object scope', () => {
  it.each([
    [acmeReviewer, 'acme-health', true],
    [acmeReviewer, 'other-plan', false],
    [nurse, 'acme-health', false],
    [admin, 'other-plan', true],
  ])('payer scope of %o for %s is %s', (principal, payerId, expected) => {
    expect(mayActForPayer(principal, payerId)).toBe(expected);
  });

  it.each([
    [nurse, 'rn-1', true],
    [nurse, 'rn-2', false],
    [acmeReviewer, 'rev-1', false],
    [admin, 'rn-2', true],
  ])('nurse scope of %o for %s is %s', (principal, nurseId, expected) => {
    expect(mayActForNurse(principal, nurseId)).toBe(expected);
  });
});
