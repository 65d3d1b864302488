import { type TokenSource } from './token-source';

export interface IssuedToken {
  value: string;
  expiresInSeconds: number;
}

/**
 * Keeps one token until shortly before it expires, so each call does not cost a round trip to
 * the identity provider, and concurrent callers share a single request for the next one.
 */
export class CachedToken implements TokenSource {
  private current?: { value: string; renewAt: number };
  private renewing?: Promise<string>;

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly refreshMarginMs: number,
  ) {}

  token(): Promise<string> {
    if (this.current && Date.now() < this.current.renewAt)
      return Promise.resolve(this.current.value);
    this.renewing ??= this.renew().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  invalidate(): void {
    this.current = undefined;
  }

  private async renew(): Promise<string> {
    const requestedAt = Date.now();
    const issued = await this.issue();
    const lifetimeMs = issued.expiresInSeconds * 1000;
    // Counted from the request, not the answer, and never more than half a short token's life,
    // so a token is always renewed before the receiver could find it expired.
    const margin = Math.min(this.refreshMarginMs, lifetimeMs / 2);
    this.current = { value: issued.value, renewAt: requestedAt + lifetimeMs - margin };
    return issued.value;
  }
}
