// A Redis of the fault run's own on a free port, as a child process that keeps nothing on disk
// (as the machine's does): restarting it loses every job, and the workers must schedule them again
// from PostgreSQL.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import Redis from 'ioredis';
import { freePort } from '../bench/chain/stack.mjs';
import { waitUntil } from '../scripts/lib/wait-until.mjs';

async function ping(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}

/** Starts it; resolves with `{ url, restart, stop }` once it answers PING. */
export async function startOwnRedis({ directory }) {
  mkdirSync(directory, { recursive: true });
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let server;
  let exited;

  const launch = async () => {
    // prettier-ignore
    server = spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1',
      '--save', '', '--appendonly', 'no',
      '--dir', directory, '--logfile', `${directory}/redis.log`,
    ], { stdio: 'ignore' });
    exited = new Promise((resolve) => server.once('exit', resolve));
    server.once('error', () => undefined);
    await waitUntil(() => ping(url), { what: 'own Redis' });
  };
  const stop = async () => {
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    // SIGTERM: Redis exits at once, saving nothing (no save points are set).
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  await launch();
  return {
    url,
    port,
    /** Stops it, then starts it empty on the same port. */
    async restart() {
      await stop();
      await launch();
    },
    stop,
  };
}
