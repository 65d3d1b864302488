import { type AuthConfig } from '@infuse/config';
import { SignJWT } from 'jose';
import { type Role } from '../roles';

export interface DevelopmentTokenRequest {
  role: Role;
  subject: string;
  payerId?: string;
  /** jose duration, e.g. '8h'. */
  expiresIn?: string;
}

/** Signs an HS256 token with the development secret, for local use and tests only. */
export async function signDevelopmentToken(
  request: DevelopmentTokenRequest,
  config: Pick<AuthConfig, 'AUTH_JWT_SECRET' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>,
): Promise<string> {
  const claims: Record<string, string> = { role: request.role };
  if (request.payerId) claims['payer_id'] = request.payerId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(config.AUTH_ISSUER)
    .setAudience(config.AUTH_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(config.AUTH_JWT_SECRET));
}
