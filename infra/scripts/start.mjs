// npm start: brings the infrastructure up, builds, starts every app in apps/ (each migrates its
// own schema at boot), waits until each is ready, prints addresses and development tokens, and
// from then on supervises: an app that crashes is logged and started again with backoff while
// the others and the broker keep running. An app that fails its first start fails the command.
// Ctrl-C stops the apps, and the Kafka broker if this command started it; a second one kills.
import { brokerStatus, stopBroker } from '../kafka/broker.mjs';
import { isOurBroker, readPid } from '../kafka/lib/broker-process.mjs';
import { discoverApps } from './lib/apps.mjs';
import { buildConsole, buildWorkspace } from './lib/build.mjs';
import { developmentToken, EXAMPLE_USERS } from './lib/development-tokens.mjs';
import { infrastructureUp } from './lib/infrastructure.mjs';
import { AppSupervisor } from './lib/supervisor.mjs';

const log = (message) => console.log(`[start] ${message}`);
const supervisors = [];
let brokerStartedHere = false;
let stopping = false;

async function main() {
  brokerStartedHere = !(await brokerStatus()).ready;
  await infrastructureUp({ log });
  if (stopping) return;
  log('building');
  buildWorkspace();
  buildConsole();
  // npm start runs Infuse for development: HS256 development tokens, unless told otherwise.
  const env = { NODE_ENV: 'development', ...process.env };
  for (const app of discoverApps()) supervisors.push(new AppSupervisor(app, { env, log }));
  const addresses = await Promise.all(
    supervisors.map(async (supervisor) => [supervisor.name, await supervisor.start()]),
  );

  console.log('\nInfuse is running. Every app answers ready on /health/ready.\n');
  for (const [name, address] of addresses)
    console.log(
      `  ${name.padEnd(14)} ${address}   ${name === 'gateway' ? '(the console: open it in a browser)' : `(API docs: ${address}/docs)`}`,
    );
  console.log('\nDevelopment tokens (Authorization: Bearer <token>):\n');
  for (const user of EXAMPLE_USERS) {
    const label = `${user.role} ${user.subject}${user.payerId ? ` (${user.payerId})` : ''}`;
    console.log(`  ${label}\n    ${await developmentToken(user)}\n`);
  }
  console.log('An app that crashes is started again. Press Ctrl-C to stop.');
}

async function shutdown(reason, exitCode = 0) {
  if (stopping) {
    // A second Ctrl-C: kill the apps, ask the broker to stop, and wait for nothing.
    for (const supervisor of supervisors) supervisor.kill();
    if (brokerStartedHere) {
      const pid = readPid();
      if (pid && isOurBroker(pid)) process.kill(pid, 'SIGTERM');
    }
    log('killed');
    process.exit(exitCode || 130);
  }
  stopping = true;
  log(`stopping (${reason})${exitCode === 0 ? '; Ctrl-C again to kill at once' : ''}`);
  await Promise.all(supervisors.map((supervisor) => supervisor.stop()));
  if (brokerStartedHere) await stopBroker({ log });
  log('stopped');
  process.exit(exitCode);
}

process.on('SIGINT', () => void shutdown('Ctrl-C'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
main().catch((error) => {
  // Ctrl-C during the start makes an app's first start fail; the shutdown under way says why.
  if (stopping) return;
  console.error(`[start] ${error.message}`);
  void shutdown('start failed', 1);
});
