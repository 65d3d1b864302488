/** Where a caller gets the bearer token it sends with a request. */
export interface TokenSource {
  token(): Promise<string>;
  /** Forgets a token the receiver refused (a 401), so the next call obtains a new one. */
  invalidate(): void;
}
