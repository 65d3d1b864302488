import { cpus } from 'node:os';

// Prints the bench's figures as tables, and says which goals were met.
const ms = (value) => (value === undefined ? '     -' : value.toFixed(1).padStart(6));
const pair = (figures) => `${ms(figures?.p50)} ${ms(figures?.p99)}`;
const short = (type) => type.replace(/^org\.infuse\./, '').replace(/\.v\d+$/, '');

/** The hop table of one phase, chain beside relay; returns each compared hop's p99 excess. */
export function printHops(title, chain, relay) {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(66)}   chain p50    p99 |  relay p50    p99 | p99 − relay`);
  const excess = [];
  const row = (label, chainFigures, relayFigures, compare) => {
    const over = compare ? chainFigures.p99 - relayFigures.p99 : undefined;
    if (compare) excess.push({ label, over });
    console.log(
      `  ${label.padEnd(64)} ${pair(chainFigures)} ms | ${pair(relayFigures)} ms |${over === undefined ? '' : ` ${over.toFixed(1).padStart(7)} ms`}`,
    );
  };
  chain.hops.forEach((hop, index) => {
    const [from, to] = hop.name.split(' → ');
    const released = index === 2;
    row(
      `hop ${index + 1} ${short(from)} → ${short(to)}`,
      hop.latency,
      relay.hops[index].latency,
      !released,
    );
    const { by, steps, alike } = chain.steps[index];
    if (steps.length > 0) {
      console.log(
        `      linked by ${by}; its steps (${alike} of ${chain.count} referrals took them):`,
      );
      for (const step of steps)
        row(`        → ${short(step.label)} (ce_time)`, step.latency, undefined, false);
    }
    if (index === 0)
      for (const call of chain.outboundCalls)
        row(
          `        prior-auth's ${call.kind} calls: recorded → completed (${call.calls}, ${call.retried} retried${call.pending ? `, ${call.pending} not done` : ''})`,
          call.completed,
          undefined,
          false,
        );
    if (released) {
      row(
        '      the script: event read, worksheet, verification',
        chain.release.script,
        undefined,
        false,
      );
      row(
        '      pharmacy: release request → ce_time of dispense.released',
        chain.release.pharmacy,
        relay.hops[index].latency,
        true,
      );
    }
    row(
      `      then to Kafka (${short(to)}: ce_time → append)`,
      hop.toKafka,
      relay.hops[index].toKafka,
      false,
    );
  });
  row(
    'end to end: referral.accepted appended → visit.scheduled read',
    chain.endToEnd,
    relay.endToEnd,
    false,
  );
  row('POST /v1/referrals sent → visit.scheduled read', chain.submitToVisit, undefined, false);
  return excess;
}

export function printUsage(memory, cpu, seconds) {
  console.log(
    `\nService processes: peak resident memory over the run, CPU during the throughput phase (${seconds.toFixed(1)} s)`,
  );
  console.log(`  ${'app'.padEnd(14)} VmHWM MB  sampled VmRSS MB   CPU s   share of one core`);
  for (const { name, peakMb, sampledMb } of memory) {
    const used = cpu.processes.get(name);
    console.log(
      `  ${name.padEnd(14)} ${peakMb.toFixed(0).padStart(8)}  ${sampledMb.toFixed(0).padStart(16)}  ${used === undefined ? '     -' : used.toFixed(1).padStart(6)}   ${used === undefined ? '' : `${((used / seconds) * 100).toFixed(0).padStart(4)} %`}`,
    );
  }
  const ours = [...cpu.processes.values()].reduce((sum, used) => sum + used, 0);
  const share = (used) => `${((used / cpu.machine.total) * 100).toFixed(0)} %`;
  const others = [...cpu.others].map(([name, used]) => `${name} ${share(used)}`).join(', ');
  const rest =
    cpu.machine.busy - ours - [...cpu.others.values()].reduce((sum, used) => sum + used, 0);
  console.log(
    `  the machine (${cpus().length} cores): ${share(cpu.machine.busy)} busy; the six services ${share(ours)}, ${others}, everything else (other work on the machine) ${share(rest)}`,
  );
}
