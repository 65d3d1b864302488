// Turns the events a phase produced into hop latencies: given each item's chain of stage events
// (followed back from its last event by causation id where there is one), a hop is timed from
// the causing event's append to Kafka (message timestamp) to the resulting event's ce_time (when
// the handling service stamped it, inside its transaction). What comes after ce_time, until the
// event is in Kafka (commit, outbox relay, send), is reported per event as "to Kafka".
import { percentiles } from './stats.mjs';

/**
 * `chains`: arrays of the stage events, first to last, one per completed item of the phase.
 * `hops[k]` names the hop from stage k to k+1. Returns the figures the report prints.
 */
export function hopFigures(chains, hopNames) {
  const hops = hopNames.map((name, index) => ({
    name,
    latency: percentiles(chains.map((chain) => chain[index + 1].time - chain[index].appendedAt)),
    toKafka: percentiles(
      chains.map((chain) => chain[index + 1].appendedAt - chain[index + 1].time),
    ),
  }));
  const endToEnd = percentiles(
    chains.map((chain) => chain.at(-1).consumedAt - chain[0].appendedAt),
  );
  return { hops, endToEnd };
}

/** Completed items per second, from the phase's start to the last item's last event read. */
export function throughput(chains, startedAt) {
  const finishedAt = Math.max(...chains.map((chain) => chain.at(-1).consumedAt));
  return {
    perSecond: chains.length / ((finishedAt - startedAt) / 1000),
    seconds: (finishedAt - startedAt) / 1000,
  };
}
