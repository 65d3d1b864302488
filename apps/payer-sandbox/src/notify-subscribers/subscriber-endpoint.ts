/**
 * A subscriber endpoint as a call target and a path: the target's base is the endpoint's
 * directory and the path its last segment (with the query), so the dispatcher posts to exactly
 * the URL the subscriber gave. The path starts with `./` so a segment like `a:b` is never read
 * as a URL scheme.
 */
export function endpointParts(endpoint: string): { baseUrl: string; path: string } {
  const url = new URL(endpoint);
  const slash = url.pathname.lastIndexOf('/');
  return {
    baseUrl: `${url.origin}${url.pathname.slice(0, slash + 1)}`,
    path: `./${url.pathname.slice(slash + 1)}${url.search}`,
  };
}

const PREFIX = 'subscriber:';

/**
 * The target name of a notification: the subscription it goes to and the payer whose token it
 * carries (one subscription hears from every payer the sandbox plays).
 */
export function subscriberTargetName(subscriptionId: string, payerId: string): string {
  return `${PREFIX}${subscriptionId}:${payerId}`;
}

export function parseSubscriberTargetName(
  name: string,
): { subscriptionId: string; payerId: string } | undefined {
  if (!name.startsWith(PREFIX)) return undefined;
  const [subscriptionId, payerId, ...rest] = name.slice(PREFIX.length).split(':');
  return subscriptionId && payerId && rest.length === 0 ? { subscriptionId, payerId } : undefined;
}
