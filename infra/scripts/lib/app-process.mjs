import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './build.mjs';

/**
 * Runs a Node program as a child process, echoing its output with its name, and resolves its
 * address once it reports `{ listening: url }` over IPC (or rejects if it exits first).
 * `exited` resolves with `{ code, signal }` when it ends, however it ends. `onLine` is given
 * each line of its output too (e.g. to keep it in a file when it is not echoed).
 */
export function startNodeProcess({ name, args, env = process.env, echo = true, onLine }) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const recent = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (echo) console.log(`[${name}] ${line}`);
      onLine?.(line);
    });
  }
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const address = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message && typeof message.listening === 'string') resolve(message.listening);
    });
    void exited.then((outcome) =>
      reject(
        new Error(
          `${name} exited (${describeExit(outcome)}) before listening:\n${recent.join('\n')}`,
        ),
      ),
    );
  });
  return {
    name,
    child,
    address,
    exited,
    /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** `exit code 1` or `signal SIGKILL`, from what `exited` resolves with. */
export function describeExit({ code, signal }) {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/** One compiled app from dist/, with the workspace's path map. */
export function startApp(app, options = {}) {
  return startNodeProcess({
    name: app.name,
    args: ['-r', join(ROOT, 'infra/runtime/register-paths.js'), app.main],
    ...options,
  });
}

/**
 * Polls `/health/ready` until the app answers 200; rejects after the timeout, or at once when
 * `signal` is aborted (the app exited, or we are stopping).
 */
export async function waitForReady(address, { timeoutMs = 60_000, signal } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    try {
      const response = await fetch(`${address}/health/ready`, { signal });
      if (response.ok) return;
      last = await response.text();
    } catch (error) {
      signal?.throwIfAborted();
      last = error.message;
    }
    await sleep(500, undefined, { signal });
  }
  throw new Error(`${address} not ready after ${timeoutMs / 1000} s: ${last}`);
}
