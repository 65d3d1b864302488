/**
 * How a background loop (the outbox relay, the outbound-call dispatcher) waits for work: until
 * something wakes it (a NOTIFY from a committing transaction) or the polling interval passes. A
 * wake-up that comes while the loop is busy is kept, so the next wait returns at once.
 */
export class WakeUpSignal {
  private wake?: () => void;
  private pending = false;

  /** Resolves on the next wake-up, or after the timeout. */
  async next(timeoutMs: number): Promise<void> {
    if (!this.pending) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    this.wake = undefined;
    this.pending = false;
  }

  interrupt(): void {
    if (this.wake) this.wake();
    else this.pending = true;
  }
}
