/** Where a bearer token comes from; `TokenSource` from @infuse/auth is one. */
export interface BearerTokenSource {
  token(): Promise<string>;
  invalidate(): void;
}

/** A system Infuse calls: a payer's endpoint, a copay programme, another Infuse service. */
export interface CallTarget {
  /** Request paths are resolved against it: `https://payer.example/fhir/` + `Claim/$submit`. */
  baseUrl: string;
  /** Present when the target wants a bearer token. */
  tokenSource?: BearerTokenSource;
}

/**
 * Targets by name. Calls store the name, not the address, so a payer's changed endpoint or a
 * rotated credential applies to calls already waiting.
 */
export interface CallTargets {
  resolve(name: string): CallTarget | undefined;
}

/** Targets from a fixed table, e.g. `{ referrals: { baseUrl, tokenSource } }`. */
export function callTargets(table: Record<string, CallTarget>): CallTargets {
  const targets = new Map(Object.entries(table));
  return { resolve: (name) => targets.get(name) };
}

export function urlOf(target: CallTarget, path: string): URL {
  const base = target.baseUrl.endsWith('/') ? target.baseUrl : `${target.baseUrl}/`;
  return new URL(path.replace(/^\//, ''), base);
}
