/**
 * A kind of call to an outside system, e.g. `prior-auth.submit-claim`, typed by the context its
 * handler needs to apply the answer. Recording and handling name the same constant, so the
 * context a use case stores is the context the handler reads.
 */
export interface CallKind<Context> {
  readonly name: string;
  /** Carries the type only; never set. */
  readonly context?: Context;
}

export function defineCallKind<Context extends object>(name: string): CallKind<Context> {
  return { name };
}
