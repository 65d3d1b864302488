// A Kafka broker of the fault run's own: infra/kafka's single-node KRaft broker, on free ports and
// with every file of its own (KAFKA_DATA_DIR: config, KRaft logs, logs, pid file, start lock) in
// the run's directory, so stopping it never touches the broker everyone else uses. It is driven
// through broker.mjs's command line with that environment, each call a process of its own.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../bench/chain/stack.mjs';
import { ROOT } from '../scripts/lib/build.mjs';

function brokerCommand(command, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'infra/kafka/broker.mjs'), command], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`broker ${command} exited with ${code}:\n${output.trim()}`)),
    );
  });
}

/** Starts it; resolves with `{ address, start, stop, remove }` once a client call succeeds. */
export async function startOwnBroker({ directory }) {
  const port = await freePort();
  let controllerPort = await freePort();
  while (controllerPort === port) controllerPort = await freePort();
  const address = `127.0.0.1:${port}`;
  const env = {
    ...process.env,
    KAFKA_BROKERS: address,
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    KAFKA_DATA_DIR: directory,
  };
  const start = () => brokerCommand('start', env);
  await start();
  return {
    address,
    /** Starts it again on the same ports and storage: the topics and offsets are kept. */
    start,
    /** A clean stop (SIGTERM, SIGKILL after 30 s). */
    stop: () => brokerCommand('stop', env),
    remove() {
      rmSync(directory, { recursive: true, force: true });
    },
    logs: join(directory, 'logs'),
  };
}
