/** A small seeded generator (LCG), so a soak run can be replayed with the same seed. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed % 2 ** 31;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2 ** 31;
    return this.state / 2 ** 31;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = this.int(0, index);
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy;
  }
}
