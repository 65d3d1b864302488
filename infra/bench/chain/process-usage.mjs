// Resident memory and CPU time of the service processes, from /proc (Linux): the kernel's peak
// resident set (VmHWM, since the process started), a sampled peak of VmRSS while the bench runs,
// and CPU seconds (user + system) between two marks.
import { readFileSync } from 'node:fs';

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

/** Samples `pids` (name → pid) every `intervalMs` until stopped. */
export class ProcessUsage {
  #pids;
  #timer;
  #peakRssKb = new Map();
  #hwmKb = new Map();

  constructor(pids, intervalMs = 250) {
    this.#pids = pids;
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

  /** CPU seconds of each process so far, to subtract from a later mark. */
  cpuMark() {
    const mark = new Map();
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

/** CPU seconds each process spent between two marks. */
export function cpuBetween(before, after) {
  return new Map([...after].map(([name, seconds]) => [name, seconds - (before.get(name) ?? 0)]));
}
