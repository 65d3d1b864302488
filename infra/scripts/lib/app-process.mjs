import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './build.mjs';

/**
 * Runs a Node program as a child process, echoing its output with its name, and resolves its
 * address once it reports `{ listening: url }` over IPC (or rejects if it exits first).
 */
export function startNodeProcess({ name, args, env = process.env, echo = true }) {
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
    });
  }
  const address = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message && typeof message.listening === 'string') resolve(message.listening);
    });
    child.once('exit', (code, signal) => {
      reject(
        new Error(`${name} exited (${signal ?? code}) before listening:\n${recent.join('\n')}`),
      );
    });
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    name,
    child,
    address,
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

/** One compiled app from dist/, with the workspace's path map. */
export function startApp(app, options = {}) {
  return startNodeProcess({
    name: app.name,
    args: ['-r', join(ROOT, 'infra/runtime/register-paths.js'), app.main],
    ...options,
  });
}

/** Polls `/health/ready` until the app answers 200. */
export async function waitForReady(address, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${address}/health/ready`);
      if (response.ok) return;
      last = await response.text();
    } catch (error) {
      last = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${address} not ready after ${timeoutMs} ms: ${last}`);
}
