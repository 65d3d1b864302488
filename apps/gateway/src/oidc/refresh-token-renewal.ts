import { type FastifyBaseLogger } from 'fastify';
import { type TokenRenewal } from '../sessions/active-sessions';
import { type Session } from '../sessions/session-store';
import { type OpenIdProvider, ProviderError } from './openid-provider';
import { accessTokenExpiry } from './token-lifetime';

/**
 * Renews a session's access token with its refresh token shortly before it expires. A provider
 * that refuses ends the session (the person signs in again); one that does not answer leaves a
 * still-valid token in use until the next request tries again.
 */
export class RefreshTokenRenewal implements TokenRenewal {
  constructor(
    private readonly provider: OpenIdProvider,
    private readonly marginSeconds: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  isDue(session: Session, now: Date): boolean {
    return (
      session.tokens.refreshToken !== undefined &&
      session.tokenExpiresAt.getTime() - this.marginSeconds * 1000 <= now.getTime()
    );
  }

  async renew(
    session: Session,
    now: Date,
  ): Promise<Pick<Session, 'tokens' | 'tokenExpiresAt'> | undefined> {
    const refreshToken = session.tokens.refreshToken;
    if (!refreshToken) return undefined;
    try {
      const tokens = await this.provider.renew(refreshToken);
      return {
        // A provider that rotates refresh tokens sends a new one; others keep the first.
        tokens: {
          accessToken: tokens.access_token,
          refreshToken: tokens.refresh_token ?? refreshToken,
        },
        tokenExpiresAt: accessTokenExpiry(tokens, undefined, now),
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.warn(
        { subject: session.user.subject, role: session.user.role, reason },
        'access token not renewed',
      );
      const stillValid = session.tokenExpiresAt > now;
      if (error instanceof ProviderError && error.kind === 'unreachable' && stillValid)
        return session;
      return undefined;
    }
  }
}
