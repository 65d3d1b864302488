// npm start: brings the infrastructure up, builds, starts every app in apps/ (each migrates its
// own schema at boot), waits until each is ready, prints addresses and development tokens.
// Ctrl-C stops the apps, and the Kafka broker if this command started it.
import { brokerStatus, stopBroker } from '../kafka/broker.mjs';
import { discoverApps } from './lib/apps.mjs';
import { startApp, waitForReady } from './lib/app-process.mjs';
import { buildWorkspace } from './lib/build.mjs';
import { developmentToken, EXAMPLE_USERS } from './lib/development-tokens.mjs';
import { infrastructureUp } from './lib/infrastructure.mjs';

const log = (message) => console.log(`[start] ${message}`);
const running = [];
let brokerStartedHere = false;
let stopping = false;

async function main() {
  brokerStartedHere = !(await brokerStatus()).ready;
  await infrastructureUp({ log });
  log('building');
  buildWorkspace();
  // npm start runs Infuse for development: HS256 development tokens, unless told otherwise.
  const env = { NODE_ENV: 'development', ...process.env };
  for (const app of discoverApps()) running.push(startApp(app, { env }));
  const addresses = await Promise.all(running.map(async (app) => [app.name, await app.address]));
  await Promise.all(addresses.map(([, address]) => waitForReady(address)));

  console.log('\nInfuse is running. Every app answers ready on /health/ready.\n');
  for (const [name, address] of addresses)
    console.log(`  ${name.padEnd(14)} ${address}   (API docs: ${address}/docs)`);
  console.log('\nDevelopment tokens (Authorization: Bearer <token>):\n');
  for (const user of EXAMPLE_USERS) {
    const label = `${user.role} ${user.subject}${user.payerId ? ` (${user.payerId})` : ''}`;
    console.log(`  ${label}\n    ${await developmentToken(user)}\n`);
  }
  console.log('Press Ctrl-C to stop.');
  for (const app of running) {
    app.child.once('exit', (code) => {
      if (!stopping) void shutdown(`${app.name} exited with ${code}`, 1);
    });
  }
}

async function shutdown(reason, exitCode = 0) {
  if (stopping) {
    // A second Ctrl-C: do not wait for the apps any longer.
    for (const app of running) app.child.kill('SIGKILL');
    process.exit(exitCode || 130);
  }
  stopping = true;
  log(`stopping (${reason})`);
  await Promise.all(running.map((app) => app.stop()));
  if (brokerStartedHere) await stopBroker({ log });
  process.exit(exitCode);
}

process.on('SIGINT', () => void shutdown('Ctrl-C'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
main().catch((error) => {
  console.error(`[start] ${error.message}`);
  void shutdown('start failed', 1);
});
