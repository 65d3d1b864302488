import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const LISTENING = /listening on (http:\/\/[^\s"]+)/;

/**
 * Runs one compiled app as a child process, echoing its log lines with its name, and resolves
 * its address once it says it is listening (or rejects if it exits first).
 */
export function startApp(app, { env = process.env, echo = true } = {}) {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'infra/runtime/register-paths.js'), app.main], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent = [];
  const address = new Promise((resolve, reject) => {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        recent.push(line);
        if (recent.length > 40) recent.shift();
        if (echo) console.log(`[${app.name}] ${line}`);
        const match = LISTENING.exec(line);
        if (match) resolve(match[1]);
      });
    }
    child.once('exit', (code, signal) => {
      reject(new Error(`${app.name} exited (${signal ?? code}) before listening:\n${recent.join('\n')}`));
    });
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    name: app.name,
    child,
    address,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
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
