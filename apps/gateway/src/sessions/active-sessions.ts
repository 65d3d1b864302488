import { type FastifyRequest } from 'fastify';
import { sessionSecretOf } from './session-cookie';
import { type Session, type SessionStore } from './session-store';

/** Renews a session's access token before it expires (the identity provider's refresh token). */
export interface TokenRenewal {
  isDue(session: Session, now: Date): boolean;
  /** The new tokens, or undefined when the provider will not renew them: the session ends. */
  renew(
    session: Session,
    now: Date,
  ): Promise<Pick<Session, 'tokens' | 'tokenExpiresAt'> | undefined>;
}

/** The session a request's cookie names, with an access token good to forward. */
export class ActiveSessions {
  constructor(
    readonly store: SessionStore,
    private readonly renewal?: TokenRenewal,
  ) {}

  async of(request: FastifyRequest, now = new Date()): Promise<Session | undefined> {
    const secret = sessionSecretOf(request);
    if (!secret) return undefined;
    const session = await this.store.find(secret, now);
    const renewal = this.renewal;
    if (!session || !renewal?.isDue(session, now)) return session;
    // Under the session's lock: a concurrent request of the same browser may have renewed it.
    return this.store.renew(secret, now, async (locked) =>
      renewal.isDue(locked, now) ? renewal.renew(locked, now) : locked,
    );
  }
}
