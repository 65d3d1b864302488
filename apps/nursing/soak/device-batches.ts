import { type StoredUpdate } from '../src/domain/visit-update';
import { type SeededRandom } from './seeded-random';

/**
 * How a device on a poor connection sends one visit's updates: overlapping windows of them
 * (a retry resends what it was not sure went through), some batches twice, each batch in a
 * scrambled order, and the batches themselves out of order.
 */
export function deviceBatches(
  updates: readonly StoredUpdate[],
  random: SeededRandom,
): StoredUpdate[][] {
  const batches: StoredUpdate[][] = [];
  const queue = random.shuffled(updates);
  const step = random.int(2, 4);
  for (let from = 0; from < queue.length; from += step) {
    const size = step + random.int(1, 3);
    batches.push(random.shuffled(queue.slice(from, from + size)));
  }
  const resent = batches.filter(() => random.next() < 0.35).map((batch) => random.shuffled(batch));
  return random.shuffled([...batches, ...resent]);
}
