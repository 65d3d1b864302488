// Resident memory and CPU time of the service processes, from /proc (Linux): the kernel's peak
// resident set (VmHWM, since the process started), a sampled peak of VmRSS while the bench runs,
// and CPU seconds (user + system) between two marks.
import { readdirSync, readFileSync } from 'node:fs';

// /proc/<pid>/stat counts CPU time in clock ticks; Linux uses 100 a second.
const TICKS_PER_SECOND = 100;

function statusKb(pid, field) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
    new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'),
  );
  return match ? Number(match[1]) : undefined;
}

function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Busy and total CPU seconds of the whole machine, all cores, from /proc/stat. */
function machineSeconds() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const values = ticks.map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = values[3] + values[4];
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

/** CPU seconds of one process so far (0 when it is gone). */
export function cpuOfPid(pid) {
  try {
    return cpuSeconds(pid);
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of every process whose command is `command` (e.g. all PostgreSQL backends), those
 * alive at the mark: backends that ended in between are not counted, so this is a floor.
 */
export function cpuOfCommand(command) {
  let seconds = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === command)
        seconds += cpuSeconds(entry);
    } catch {
      // Gone since the listing.
    }
  }
  return seconds;
}

/** Samples `pids` (name → pid) every `intervalMs` until stopped. */
export class ProcessUsage {
  #pids;
  #timer;
  #peakRssKb = new Map();
  #hwmKb = new Map();

  #others;

  /** `others`: name → () => CPU seconds so far, for what is not one of `pids` (the broker, PostgreSQL). */
  constructor(pids, others = new Map(), intervalMs = 250) {
    this.#pids = pids;
    this.#others = others;
    this.#timer = setInterval(() => this.#sample(), intervalMs);
    this.#timer.unref();
    this.#sample();
  }

  #sample() {
    for (const [name, pid] of this.#pids) {
      try {
        const rss = statusKb(pid, 'VmRSS');
        const hwm = statusKb(pid, 'VmHWM');
        if (rss !== undefined)
          this.#peakRssKb.set(name, Math.max(rss, this.#peakRssKb.get(name) ?? 0));
        if (hwm !== undefined) this.#hwmKb.set(name, hwm);
      } catch {
        // The process has gone; its last sample stands.
      }
    }
  }

  /** CPU seconds of each process (and the machine) so far, to subtract from a later mark. */
  cpuMark() {
    const mark = new Map([['(machine)', machineSeconds()]]);
    for (const [name, read] of this.#others) mark.set(`(${name})`, read());
    for (const [name, pid] of this.#pids) {
      try {
        mark.set(name, cpuSeconds(pid));
      } catch {
        mark.set(name, Number.NaN);
      }
    }
    return mark;
  }

  /** Per process: peak resident MB (VmHWM) and the highest VmRSS sampled, in MB. */
  memory() {
    this.#sample();
    return [...this.#pids.keys()].map((name) => ({
      name,
      peakMb: (this.#hwmKb.get(name) ?? Number.NaN) / 1024,
      sampledMb: (this.#peakRssKb.get(name) ?? Number.NaN) / 1024,
    }));
  }

  stop() {
    clearInterval(this.#timer);
  }
}

/**
 * CPU seconds each process spent between two marks, and `machine`: how busy all cores were
 * (busy CPU seconds, and the CPU seconds there were).
 */
export function cpuBetween(before, after) {
  const processes = new Map();
  const others = new Map();
  for (const [name, seconds] of after) {
    if (name === '(machine)') continue;
    (name.startsWith('(') ? others : processes).set(
      name.slice(name.startsWith('(') ? 1 : 0, name.startsWith('(') ? -1 : undefined),
      seconds - (before.get(name) ?? 0),
    );
  }
  const [start, end] = [before.get('(machine)'), after.get('(machine)')];
  return {
    processes,
    others,
    machine: { busy: end.busy - start.busy, total: end.total - start.total },
  };
}
