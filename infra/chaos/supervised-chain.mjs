// The six apps of the chain as `npm start` runs them, each kept running by an AppSupervisor (a
// crash is started again with backoff), on the layout bench:chain uses (free ports, the run's
// topics, schemas and Redis keys). A second instance of an app runs on a port of its own with the
// same schema, topics and consumer groups. Each instance's output goes to a file of the run.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { waitForReady } from '../scripts/lib/app-process.mjs';
import { AppSupervisor } from '../scripts/lib/supervisor.mjs';
import { appMain, CHAIN_APPS, chainLayout, freePort } from '../bench/chain/stack.mjs';

export class SupervisedChain {
  #layout;
  #logDir;
  #log;
  // Every instance started, first to last: { name, instance, supervisor, url, output, stopped }.
  #instances = [];
  // The instance the driver calls, per app.
  #serving = new Map();

  /** The layout of the run; `start()` then starts the apps, and `stop()` stops what started. */
  static async prepare({ run, databaseUrl, env, logDir, log }) {
    const chain = new SupervisedChain();
    chain.#layout = await chainLayout({ run, databaseUrl, env, label: 'chaos' });
    chain.#logDir = logDir;
    chain.#log = log;
    return chain;
  }

  /** Called ones first, each ready before the next, as bench:chain starts them. */
  async start() {
    for (const name of CHAIN_APPS)
      this.#serving.set(name, await this.#startInstance(name, this.#layout.ports.get(name)));
  }

  get topicPrefix() {
    return this.#layout.topicPrefix;
  }

  get redisPrefix() {
    return this.#layout.redisPrefix;
  }

  schemaOf(name) {
    return this.#layout.schemaOf(name);
  }

  /** The address of the instance of `name` that serves now. */
  urlOf(name) {
    return this.#serving.get(name).url;
  }

  async #startInstance(name, port) {
    const instance = this.#instances.filter((other) => other.name === name).length + 1;
    const output = createWriteStream(join(this.#logDir, `${name}.${instance}.log`), { flags: 'a' });
    const label = instance === 1 ? name : `${name} (instance ${instance})`;
    const supervisor = new AppSupervisor(
      { name: label, main: appMain(name) },
      {
        env: this.#layout.envOf(name, port),
        log: (line) => {
          output.write(`[supervisor] ${line}\n`);
          this.#log(line);
        },
        processOptions: { echo: false, onLine: (line) => output.write(`${line}\n`) },
      },
    );
    const entry = { name, instance, supervisor, url: `http://127.0.0.1:${port}`, output };
    this.#instances.push(entry);
    await supervisor.start();
    return entry;
  }

  /**
   * SIGKILLs the serving instance of `name` and waits until its supervisor has it ready again.
   * Resolves with when it was killed and when it answered ready on /health/ready again.
   */
  async crash(name, { timeoutMs = 300_000 } = {}) {
    const { supervisor, url } = this.#serving.get(name);
    const killed = supervisor.process;
    const pid = killed.child.pid;
    const killedAt = Date.now();
    killed.child.kill('SIGKILL');
    await killed.exited;
    const deadline = killedAt + timeoutMs;
    while (supervisor.process === killed) {
      if (Date.now() > deadline) throw new Error(`${name} was not started again`);
      await sleep(100);
    }
    await waitForReady(url, { timeoutMs: Math.max(1_000, deadline - Date.now()) });
    return { killedAt, readyAt: Date.now(), pid, newPid: supervisor.process.child.pid };
  }

  /**
   * Starts a second instance of each of `names` (other ports; same schema and consumer groups),
   * lets them share the work for `overlapMs`, then stops (SIGTERM) the first instances: their
   * partitions go to the second in a rebalance and their outbox relays hand over.
   */
  async handOver(names, { overlapMs }) {
    const startedAt = Date.now();
    const seconds = await Promise.all(
      names.map(async (name) => this.#startInstance(name, await freePort())),
    );
    const secondsReadyAt = Date.now();
    await sleep(overlapMs);
    const firsts = names.map((name) => this.#serving.get(name));
    // The driver calls the second instances from now on.
    seconds.forEach((second, index) => this.#serving.set(names[index], second));
    const stoppingAt = Date.now();
    await Promise.all(firsts.map((first) => first.supervisor.stop()));
    for (const first of firsts) first.stopped = true;
    return { startedAt, secondsReadyAt, stoppingAt, stoppedAt: Date.now() };
  }

  /** The pid of every process running now, per instance label (for the report). */
  pids() {
    return this.#instances
      .filter((entry) => !entry.stopped && entry.supervisor.process)
      .map((entry) => [entry.supervisor.name, entry.supervisor.process.child.pid]);
  }

  async stop() {
    await Promise.all(this.#instances.map((entry) => entry.supervisor.stop()));
    await Promise.all(
      this.#instances.map((entry) => new Promise((resolve) => entry.output.end(resolve))),
    );
  }
}
