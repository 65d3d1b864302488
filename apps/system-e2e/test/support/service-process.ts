import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type ServiceName } from '@infuse/contracts';
import { TestHttpClient } from '@infuse/testing';

const ROOT = join(__dirname, '..', '..', '..', '..');
const READY_TIMEOUT_MS = 90_000;
// Resolves `@infuse/*` to the compiled libraries, as for `npm start`.
const REGISTER_PATHS = join(ROOT, 'infra', 'runtime', 'register-paths.js');

/** An app of apps/ that runs as a process: a service, or the gateway in front of them. */
export type AppName = ServiceName | 'gateway';

/** One Infuse app running as its own process, as `npm start` runs it. */
export interface ServiceProcess {
  name: AppName;
  url: string;
  http: TestHttpClient;
  /** SIGTERM, then SIGKILL after the grace period. */
  stop(): Promise<void>;
}

/**
 * Compiles the apps into dist/ with the same build `npm start` runs (incremental): an app runs
 * from its build, since Nest's injection needs the decorator metadata tsc emits.
 */
export function buildApps(): void {
  const script = `import { buildWorkspace } from './infra/scripts/lib/build.mjs'; buildWorkspace();`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

/** A port nothing listens on now, so the next app can be told its address before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/** `PRIOR_AUTH_PORT` for prior-auth: the variable each app reads its port from. */
export function portVariable(name: AppName): string {
  return `${name.toUpperCase().replace(/-/g, '_')}_PORT`;
}

/**
 * Starts the built `apps/<name>/src/main.ts` as `npm start` does, and resolves once it listens and answers ready on
 * /health/ready; rejects with its last output if it exits or stays unready.
 */
export async function startServiceProcess(
  name: AppName,
  port: number,
  env: Record<string, string>,
): Promise<ServiceProcess> {
  const main = join('dist', 'apps', name, 'src', 'main.js');
  const child = spawn(process.execPath, ['-r', REGISTER_PATHS, main], {
    cwd: ROOT,
    env: { ...process.env, ...env, [portVariable(name)]: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = recentOutput(child);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)),
  );
  const url = `http://127.0.0.1:${port}`;
  const http = new TestHttpClient(url);
  const failure = exited.then((how) => {
    throw new Error(`${name} ended (${how}) before it was ready:\n${output.join('\n')}`);
  });
  await Promise.race([waitUntilReady(name, http, output), failure]);
  void failure.catch(() => undefined);
  return {
    name,
    url,
    http,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitUntilReady(
  name: AppName,
  http: TestHttpClient,
  output: string[],
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const status = await http.get('/health/ready').then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`${name} not ready after ${READY_TIMEOUT_MS} ms:\n${output.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The last lines a process wrote, to explain a failed start. */
function recentOutput(child: ChildProcess): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 60) lines.shift();
    });
  }
  return lines;
}
