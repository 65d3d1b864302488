// A closed-loop load generator for the bench:* scripts: `concurrency` clients each send their
// next request as soon as the previous one is answered, until `count` requests are sent.
// `requestAt(i)` gives the i-th request as fetch's [url, init]. Returns latencies and statuses.
export async function runClosedLoop({ count, concurrency, requestAt }) {
  const latencies = [];
  const statuses = new Map();
  let next = 0;
  const started = process.hrtime.bigint();
  const client = async () => {
    while (next < count) {
      const [url, init] = requestAt(next++);
      const sent = process.hrtime.bigint();
      const response = await fetch(url, init);
      await response.arrayBuffer();
      latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { latencies, seconds, statuses: Object.fromEntries(statuses) };
}

/** Throughput and latency percentiles over one or more runs of the same server. */
export function summarize(runs) {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const statuses = {};
  for (const run of runs)
    for (const [status, count] of Object.entries(run.statuses))
      statuses[status] = (statuses[status] ?? 0) + count;
  const at = (fraction) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(fraction * latencies.length) - 1)];
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    statuses,
  };
}
