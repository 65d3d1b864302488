import { type DataSource } from 'typeorm';
import { hashOfSecret, newSecret } from '../sessions/session-secret';

/** How long a person may take at the identity provider's sign-in page. */
const ATTEMPT_LIFETIME_MS = 10 * 60 * 1000;

export interface SignInAttempt {
  /** Sent to the provider and back, and kept in the browser's sign-in cookie. */
  state: string;
  /** PKCE: proves at the token endpoint that the code goes back to whoever asked for it. */
  codeVerifier: string;
  /** Must come back inside the ID token, so a token minted for another sign-in is refused. */
  nonce: string;
}

/** Sign-ins sent to the identity provider and not yet back, found by the hash of their state. */
export class SignInAttempts {
  constructor(private readonly dataSource: DataSource) {}

  async begin(now: Date): Promise<SignInAttempt & { expiresAt: Date }> {
    const attempt = { state: newSecret(), codeVerifier: newSecret(), nonce: newSecret() };
    const expiresAt = new Date(now.getTime() + ATTEMPT_LIFETIME_MS);
    await this.dataSource.query(`DELETE FROM sign_in_attempt WHERE expires_at <= $1`, [now]);
    await this.dataSource.query(
      `INSERT INTO sign_in_attempt (state_hash, code_verifier, nonce, expires_at)
       VALUES ($1, $2, $3, $4)`,
      [hashOfSecret(attempt.state), attempt.codeVerifier, attempt.nonce, expiresAt],
    );
    return { ...attempt, expiresAt };
  }

  /** The attempt of a state, once: a replayed callback finds nothing. */
  async take(state: string, now: Date): Promise<SignInAttempt | undefined> {
    // TypeORM answers a DELETE with its rows and their count.
    const [rows] = await this.dataSource.query<
      [{ code_verifier: string; nonce: string; expires_at: Date }[], number]
    >(
      `DELETE FROM sign_in_attempt WHERE state_hash = $1
       RETURNING code_verifier, nonce, expires_at`,
      [hashOfSecret(state)],
    );
    const row = rows[0];
    if (!row || row.expires_at <= now) return undefined;
    return { state, codeVerifier: row.code_verifier, nonce: row.nonce };
  }
}
