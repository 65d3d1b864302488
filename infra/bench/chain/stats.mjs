// Percentiles over latencies in milliseconds, and the hop figures both runs are reported in.

/** `{ count, p50, p99, max }` of the values (nearest rank), or undefined when there are none. */
export function percentiles(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) };
}

/**
 * The nearest event before `event` in its causation chain whose type is `type`, and the events
 * between them (first to last); without `cause` when the chain does not reach one (`unseen`: the id of a cause
 * that was not read, if that is where it stopped).
 */
export function causeOfType(log, event, type) {
  const between = [];
  let current = event;
  while (current.causationId) {
    const cause = log.byId(current.causationId);
    if (!cause) return { between, unseen: current.causationId };
    if (cause.type === type) return { cause, between };
    between.unshift(cause);
    current = cause;
  }
  return { between };
}

/** The middle value, for the message sizes the relay copies. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
