import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { dropSchema, testEnvironment, uniqueSuffix } from '@infuse/testing';

const ROOT = join(__dirname, '..', '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'gateway', 'src', 'main.js');
const REGISTER_PATHS = join(ROOT, 'infra', 'runtime', 'register-paths.js');
// Generous (a loaded 2-core machine runs several test files at once), yet inside Jest's 60 s,
// so a failed start says why.
const START_TIMEOUT_MS = 50_000;

/** The gateway compiled by `npm run build` and run by Node, as `npm start` runs it. */
export interface GatewayProcess {
  /** Where it listens: what it reported over IPC, as npm start learns it. */
  url: string;
  schema: string;
  /** Every line it wrote so far (its JSON logs). */
  output: string[];
  stop(): Promise<void>;
}

/** A port nothing listens on now, so the gateway can be told its public address beforehand. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/**
 * Starts the built gateway in a schema of its own (dropped by stop()), on the real PostgreSQL.
 * Built rather than run by Jest: its static-file plugin loads an ES module Jest cannot.
 */
export async function startGateway(
  overrides: Record<string, string>,
  port?: number,
): Promise<GatewayProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  const schema = `gateway_test_${uniqueSuffix()}`;
  const listenOn = port ?? (await freePort());
  const env = testEnvironment(schema, {
    GATEWAY_PORT: String(listenOn),
    GATEWAY_PUBLIC_URL: `http://127.0.0.1:${listenOn}`,
    LOG_LEVEL: 'info',
    ...overrides,
  });
  const child = spawn(process.execPath, ['-r', REGISTER_PATHS, MAIN], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output = collectOutput(child);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`gateway did not listen in time:\n${output.join('\n')}`)),
      START_TIMEOUT_MS,
    );
    child.on('message', (message: { listening?: unknown }) => {
      if (typeof message.listening !== 'string') return;
      clearTimeout(timer);
      resolve(message.listening);
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`gateway ended (${how}) before listening:\n${output.join('\n')}`));
    });
  });
  return {
    url,
    schema,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await dropSchema(schema);
    },
  };
}

function collectOutput(child: ChildProcess): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => lines.push(line));
  }
  return lines;
}
