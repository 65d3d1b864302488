// How a phase sends its work: open loop at a fixed rate (each item at its time, whatever the
// answers before it), or closed loop with `concurrency` senders (as fast as answers come back).
import { setTimeout as sleep } from 'node:timers/promises';

export async function sendAll({ count, rate, concurrency = 16 }, send) {
  if (rate) {
    const started = performance.now();
    const pending = [];
    for (let index = 0; index < count; index += 1) {
      const due = started + (index * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      pending.push(send(index));
    }
    await Promise.all(pending);
    return;
  }
  let next = 0;
  const sender = async () => {
    while (next < count) await send(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, sender));
}

/** Runs `task`s at most `limit` at a time, in the order they are pushed. */
export function workQueue(limit, task) {
  const waiting = [];
  let running = 0;
  let failure;
  const pump = () => {
    while (running < limit && waiting.length > 0) {
      running += 1;
      void task(waiting.shift())
        .catch((error) => (failure ??= error))
        .finally(() => {
          running -= 1;
          pump();
        });
    }
  };
  return {
    push(item) {
      waiting.push(item);
      pump();
    },
    /** The first task failure, if any. */
    get failure() {
      return failure;
    },
  };
}
