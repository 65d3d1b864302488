import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ServiceName } from '@infuse/contracts';
import { testEnvironment } from '@infuse/testing';
import { freePort, type ServiceProcess, startServiceProcess } from './service-process';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Where the gateway proxies each service from, as apps/gateway reads them. */
const UPSTREAM_VARIABLES: Record<ServiceName, string> = {
  referrals: 'REFERRALS_URL',
  'prior-auth': 'PRIOR_AUTH_URL',
  pharmacy: 'PHARMACY_URL',
  nursing: 'NURSING_URL',
  workers: 'WORKERS_URL',
  'payer-sandbox': 'PAYER_SANDBOX_URL',
};
// A service the stack does not run is proxied to a port nothing listens on (a 502), never to the
// default address, where `npm start`'s own service may be answering.
const NOWHERE = 'http://127.0.0.1:1';

/**
 * The console's static build the gateway serves: dist/apps/console, which `npm test` and
 * `npm start` build, or CONSOLE_DIST. Built here (Vite, a few seconds) when it is missing.
 */
export function consoleBuild(): string {
  const directory = process.env['CONSOLE_DIST'] ?? join(ROOT, 'dist', 'apps', 'console');
  if (existsSync(join(directory, 'index.html'))) return directory;
  const script = `import { buildConsole } from './infra/scripts/lib/build.mjs'; buildConsole();`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`console build failed:\n${result.stdout}${result.stderr}`);
  return directory;
}

/**
 * Starts the gateway in front of the services `urlOf` knows (in `schema`, for its sessions), at
 * a free port that is also its public address, serving the console's build with development
 * sign-in, as `npm start` serves it at :3000.
 */
export async function startGatewayProcess(
  services: readonly ServiceName[],
  urlOf: (name: ServiceName) => string,
  schema: string,
): Promise<ServiceProcess> {
  const port = await freePort();
  const upstreams: Record<string, string> = {};
  for (const [name, variable] of Object.entries(UPSTREAM_VARIABLES) as [ServiceName, string][])
    upstreams[variable] = services.includes(name) ? urlOf(name) : NOWHERE;
  const env = testEnvironment(schema, {
    ...upstreams,
    GATEWAY_PUBLIC_URL: `http://127.0.0.1:${port}`,
    CONSOLE_DIST: consoleBuild(),
  });
  return startServiceProcess('gateway', port, env);
}
