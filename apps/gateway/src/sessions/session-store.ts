import { type DataSource, type EntityManager } from 'typeorm';
import { hashOfSecret, newSecret, seal, unseal } from './session-secret';
import { isConsoleRole, type SignedInUser } from './signed-in-user';

const TOKENS = 'session tokens';

/** What the gateway forwards for a session; never sent to the browser. */
export interface SessionTokens {
  accessToken: string;
  /** From the identity provider, when it gives one: renews the access token. */
  refreshToken?: string;
}

export interface NewSession {
  user: SignedInUser;
  tokens: SessionTokens;
  tokenExpiresAt: Date;
  /** When the session ends: with its token, or later when the token can be renewed. */
  expiresAt: Date;
}

export interface Session extends NewSession {
  /** The browser's secret, from its cookie. */
  secret: string;
}

interface SessionRow {
  subject: string;
  role: string;
  payer_id: string | null;
  display_name: string;
  sealed_tokens: Buffer;
  token_expires_at: Date;
  expires_at: Date;
}

/** The console's sessions, in the gateway's schema. */
export class SessionStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a new session and returns the secret its cookie carries. */
  async open(session: NewSession, now: Date): Promise<string> {
    const secret = newSecret();
    // Ended sessions go as new ones come, so the table holds about the live ones only.
    await this.dataSource.query(`DELETE FROM session WHERE expires_at <= $1`, [now]);
    await this.dataSource.query(
      `INSERT INTO session (secret_hash, subject, role, payer_id, display_name, sealed_tokens,
                            token_expires_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        hashOfSecret(secret),
        session.user.subject,
        session.user.role,
        session.user.payerId ?? null,
        session.user.displayName,
        seal(secret, TOKENS, JSON.stringify(session.tokens)),
        session.tokenExpiresAt,
        session.expiresAt,
      ],
    );
    return secret;
  }

  /** The live session of a secret, or undefined when there is none (ended, or never was). */
  async find(secret: string, now: Date): Promise<Session | undefined> {
    return this.read(this.dataSource.manager, secret, now, false);
  }

  async close(secret: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM session WHERE secret_hash = $1`, [
      hashOfSecret(secret),
    ]);
  }

  /**
   * Replaces a session's tokens with what `renew` makes of the locked session, so concurrent
   * requests of one browser renew once; `renew` answering undefined ends the session.
   */
  async renew(
    secret: string,
    now: Date,
    renew: (session: Session) => Promise<Pick<Session, 'tokens' | 'tokenExpiresAt'> | undefined>,
  ): Promise<Session | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.read(manager, secret, now, true);
      if (!session) return undefined;
      const renewed = await renew(session);
      if (!renewed) {
        await manager.query(`DELETE FROM session WHERE secret_hash = $1`, [hashOfSecret(secret)]);
        return undefined;
      }
      await manager.query(
        `UPDATE session SET sealed_tokens = $2, token_expires_at = $3 WHERE secret_hash = $1`,
        [
          hashOfSecret(secret),
          seal(secret, TOKENS, JSON.stringify(renewed.tokens)),
          renewed.tokenExpiresAt,
        ],
      );
      return { ...session, ...renewed };
    });
  }

  private async read(
    manager: EntityManager,
    secret: string,
    now: Date,
    lock: boolean,
  ): Promise<Session | undefined> {
    const rows: SessionRow[] = await manager.query(
      `SELECT subject, role, payer_id, display_name, sealed_tokens, token_expires_at, expires_at
         FROM session WHERE secret_hash = $1 AND expires_at > $2 ${lock ? 'FOR UPDATE' : ''}`,
      [hashOfSecret(secret), now],
    );
    const row = rows[0];
    if (!row || !isConsoleRole(row.role)) return undefined;
    return {
      secret,
      user: {
        subject: row.subject,
        role: row.role,
        ...(row.payer_id ? { payerId: row.payer_id } : {}),
        displayName: row.display_name,
      },
      tokens: JSON.parse(unseal(secret, TOKENS, row.sealed_tokens)) as SessionTokens,
      tokenExpiresAt: row.token_expires_at,
      expiresAt: row.expires_at,
    };
  }
}
