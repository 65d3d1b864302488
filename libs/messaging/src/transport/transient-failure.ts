// PostgreSQL error classes that say "try again later", not "this event is wrong": connection
// exceptions, transaction rollbacks (serialization failure, deadlock), insufficient resources,
// operator intervention (shutdown, failover).
const TRANSIENT_SQLSTATE = /^(08|40|53|57P)/;
const TRANSIENT_NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether a handler failed because the infrastructure did, so that retrying later will succeed.
 * Such failures are retried without limit rather than counted towards dead-lettering: a database
 * failover must not send every event in flight to the dead letters and reorder a patient's events.
 */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NETWORK.has(code)))
    return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
    error.message,
  );
}
