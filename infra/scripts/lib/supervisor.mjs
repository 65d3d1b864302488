import { describeExit, startApp, waitForReady } from './app-process.mjs';

/**
 * How long a crashed app waits before its next start: 1 s, doubling up to 30 s, and back to 1 s
 * once a run has lasted a minute (a crash then is a new problem, not the same one again).
 */
const RESTART_BACKOFF = { firstDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 60_000 };

/** The delay before the next start, given how many crashes came in a row before this one. */
function restartDelay(crashesInARow, backoff = RESTART_BACKOFF) {
  return Math.min(backoff.maxDelayMs, backoff.firstDelayMs * 2 ** crashesInARow);
}

/**
 * Keeps one app of `npm start` running.
 *
 * `start()` resolves with the app's address once it first answers ready on /health/ready, and
 * rejects if it exits or is not ready in time before that: a first start that fails is a build
 * or configuration problem that starting again would not fix. From then on every exit that
 * `stop()` did not ask for is a crash: it is logged, the app is started again after
 * `restartDelay`, and its readiness is logged when it answers again.
 */
export class AppSupervisor {
  #app;
  #env;
  #log;
  #backoff;
  #processOptions;
  #current = null;
  #restartTimer = null;
  #crashesInARow = 0;
  // When the app last stopped answering: its first crash since it was last ready.
  #downSince = null;
  #stopping = false;

  /** `processOptions` go to each start of the process (e.g. `{ echo: false, onLine }`). */
  constructor(
    app,
    { env = process.env, log = console.log, backoff = RESTART_BACKOFF, processOptions = {} } = {},
  ) {
    this.#app = app;
    this.#env = env;
    this.#log = log;
    this.#backoff = backoff;
    this.#processOptions = processOptions;
  }

  get name() {
    return this.#app.name;
  }

  /** The process running now (the latest start): its `child`, `address` and `exited`. */
  get process() {
    return this.#current?.process;
  }

  async start() {
    const run = this.#spawn();
    const address = await run.process.address;
    try {
      await waitForReady(address, { signal: run.ended.signal });
    } catch (error) {
      if (!run.ended.signal.aborted) throw error;
      const outcome = await run.process.exited;
      throw new Error(`${this.name} exited (${describeExit(outcome)}) before it was ready`);
    }
    run.everReady = true;
    return address;
  }

  /** Stops the app (SIGTERM, then SIGKILL after the grace period) and restarts nothing more. */
  async stop() {
    this.#stopping = true;
    clearTimeout(this.#restartTimer);
    await this.#current?.process.stop();
  }

  /** Kills the app at once and restarts nothing more. */
  kill() {
    this.#stopping = true;
    clearTimeout(this.#restartTimer);
    this.#current?.process.child.kill('SIGKILL');
  }

  #spawn() {
    const run = {
      process: startApp(this.#app, { ...this.#processOptions, env: this.#env }),
      startedAt: Date.now(),
      // Aborted when this run ends, so nothing keeps waiting for a process that is gone.
      ended: new AbortController(),
    };
    this.#current = run;
    void run.process.exited.then((outcome) => {
      run.ended.abort();
      this.#onExit(run, outcome);
    });
    return run;
  }

  #onExit(run, outcome) {
    if (this.#stopping || !run.everReady) return;
    this.#downSince ??= Date.now();
    const upMs = Date.now() - run.startedAt;
    if (upMs >= this.#backoff.stableAfterMs) this.#crashesInARow = 0;
    const delayMs = restartDelay(this.#crashesInARow, this.#backoff);
    this.#crashesInARow += 1;
    this.#log(
      `${this.name} exited unexpectedly (${describeExit(outcome)}) after ${seconds(upMs)}; ` +
        `restarting in ${seconds(delayMs)}`,
    );
    this.#restartTimer = setTimeout(() => void this.#restart(), delayMs);
  }

  async #restart() {
    if (this.#stopping) return;
    const run = this.#spawn();
    // A restart is supervised from the moment it runs: it was ready before.
    run.everReady = true;
    let address;
    try {
      address = await run.process.address;
    } catch {
      return; // it exited before listening; #onExit has scheduled the next start
    }
    this.#log(`${this.name} restarted (pid ${run.process.child.pid}) on ${address}`);
    for (;;) {
      try {
        await waitForReady(address, { signal: run.ended.signal });
        this.#log(
          `${this.name} is ready again on ${address}/health/ready, ` +
            `${seconds(Date.now() - this.#downSince)} after it went down`,
        );
        this.#downSince = null;
        return;
      } catch (error) {
        if (run.ended.signal.aborted) return;
        this.#log(`${this.name} still not ready: ${error.message}`);
      }
    }
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
