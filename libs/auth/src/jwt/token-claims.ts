import { type JWTPayload } from 'jose';
import { type Principal } from '../principal';
import { isRole } from '../roles';
import { InvalidTokenError } from './invalid-token.error';

/** Custom claims Infuse reads beyond the registered ones. */
export interface InfuseClaims extends JWTPayload {
  role?: unknown;
  payer_id?: unknown;
}

export function principalFromClaims(claims: InfuseClaims): Principal {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0)
    throw new InvalidTokenError('missing sub');
  if (!isRole(claims.role)) throw new InvalidTokenError('missing or unknown role');
  if (claims.role !== 'payer') return { subject: claims.sub, role: claims.role };
  if (typeof claims.payer_id !== 'string' || claims.payer_id.length === 0) {
    throw new InvalidTokenError('a payer token needs payer_id');
  }
  return { subject: claims.sub, role: claims.role, payerId: claims.payer_id };
}
