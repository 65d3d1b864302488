import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dropSchema,
  eventually,
  queryTestDatabase,
  testEnvironment,
  uniqueSuffix,
} from '@infuse/testing';

const ROOT = join(__dirname, '..', '..', '..');
const REGISTER_PATHS = join(ROOT, 'infra', 'runtime', 'register-paths.js');

/**
 * The payer sandbox, started as the app `npm start` runs (its own process and schema), playing
 * the copay programmes the workers enrol patients in.
 */
export interface ProgrammeSandbox {
  /** What the workers' ASSISTANCE_PROGRAMMES_URL points at. */
  readonly programmesUrl: string;
  readonly schema: string;
  /** The enrolments the sandbox stored for one case. */
  enrolmentsOf(caseId: string): Promise<{ programme_id: string; status: string }[]>;
  /** How many tries of the case's enrolment the sandbox saw. */
  attemptsOf(caseId: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts the sandbox with the shipped programmes, changed as a test needs (a programme whose
 * enrolment ends within the re-enrolment lead time, say).
 */
export async function startProgrammeSandbox(
  change: (programmes: { programs: Record<string, unknown>[] }) => void = () => undefined,
): Promise<ProgrammeSandbox> {
  const shipped = JSON.parse(
    readFileSync(join(ROOT, 'apps/payer-sandbox/config/programs.json'), 'utf8'),
  ) as { programs: Record<string, unknown>[] };
  change(shipped);
  const programsFile = join(mkdtempSync(join(tmpdir(), 'programmes-')), 'programs.json');
  writeFileSync(programsFile, JSON.stringify(shipped));
  const port = await freePort();
  const schema = `programme_sandbox_test_${uniqueSuffix()}`;
  const env = testEnvironment(schema, {
    PAYER_SANDBOX_PORT: String(port),
    PAYER_SANDBOX_PROGRAMS_FILE: programsFile,
  });
  buildApps();
  const main = join('dist', 'apps', 'payer-sandbox', 'src', 'main.js');
  const child = spawn(process.execPath, ['-r', REGISTER_PATHS, main], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    'the programme sandbox to be ready',
    async () =>
      (await fetch(`${url}/health/ready`).catch(() => undefined))?.ok ? true : undefined,
    60_000,
  );
  return {
    programmesUrl: `${url}/programs`,
    schema,
    enrolmentsOf: (caseId) =>
      queryTestDatabase(
        `SELECT programme_id, status FROM "${schema}".programme_enrollment WHERE case_reference = $1`,
        [caseId],
      ),
    async attemptsOf(caseId) {
      const rows = await queryTestDatabase<{ attempts: number }>(
        `SELECT a.attempts FROM "${schema}".programme_request_attempt a
           JOIN "${schema}".programme_enrollment e
             ON e.provider_subject = a.provider_subject AND e.idempotency_key = a.idempotency_key
          WHERE e.case_reference = $1`,
        [caseId],
      );
      return rows[0]?.attempts ?? 0;
    },
    async stop() {
      await stopProcess(child);
      await dropSchema(schema);
    },
  };
}

/**
 * Compiles the apps into dist/ with the build `npm start` runs (incremental): an app runs from its
 * build, since Nest's injection needs the decorator metadata tsc emits.
 */
function buildApps(): void {
  const script = `import { buildWorkspace } from './infra/scripts/lib/build.mjs'; buildWorkspace();`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
