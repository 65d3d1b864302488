/**
 * An error's name (`TypeError`, `TaskCancelledError`): the most a log line or a stored row says
 * of a failure, since messages can quote what was sent. Read by property, not instanceof: fetch's
 * errors come from Node's own realm, which is not the caller's under Jest.
 */
export function errorNameOf(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : 'unknown error';
}
