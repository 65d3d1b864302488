import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { FHIR_VALIDATOR_PATHS } from './fhir-validator-paths';
import {
  buildReport,
  FhirAllowList,
  type FhirIssue,
  type ValidationReport,
} from './fhir-validator-report';

export type { AllowedFhirIssue, FhirIssue, ValidationReport } from './fhir-validator-report';

export interface FhirValidatorOptions {
  /** Folder of FHIR package .tgz files; default FHIR_PACKAGES_DIR or libs/testing/fixtures/fhir-packages. */
  packagesDir?: string;
  /** Default tools/fhir-validate/allow-list.json. */
  allowListPath?: string;
  /** From spawning the JVM to its `ready` line (packages loaded). Default 60 s. */
  startTimeoutMs?: number;
  /**
   * For one validation. The first one builds the profiles' snapshots (5-7 s on 2 cores, more
   * while other suites run); later ones take 0.1-1 s. Default 60 s.
   */
  validateTimeoutMs?: number;
}

/** One JVM running the HL7 / HAPI FHIR validator over the PAS 2.2.1 and US Core 7.0.0 packages. */
export interface FhirValidator {
  /** Validates a resource (e.g. a PAS request Bundle) against a profile's canonical URL. */
  validate(resource: object, profile: string): Promise<ValidationReport>;
  /** Closes the JVM's stdin and waits for it to exit. */
  stop(): Promise<void>;
}

interface ValidatorResponse {
  id: string | null;
  issues?: FhirIssue[];
  error?: string;
}

const BUILD_TIMEOUT_MS = 10 * 60_000;
const STOP_GRACE_MS = 10_000;
const STDERR_KEPT = 4_000;

/**
 * Builds the validator if its sources changed (or it was never built), starts one JVM and waits
 * until it has loaded the packages. Start it once per test file (beforeAll, with a timeout that
 * covers a first Maven build: 180 s) and stop it in afterAll.
 */
export async function startFhirValidator(
  options: FhirValidatorOptions = {},
): Promise<FhirValidator> {
  await promisify(execFile)(process.execPath, [FHIR_VALIDATOR_PATHS.buildScript], {
    cwd: FHIR_VALIDATOR_PATHS.root,
    timeout: BUILD_TIMEOUT_MS,
  });
  const allowList = FhirAllowList.readFile(options.allowListPath ?? FHIR_VALIDATOR_PATHS.allowList);
  const jvm = spawn(
    process.env['JAVA_HOME'] ? `${process.env['JAVA_HOME']}/bin/java` : 'java',
    [
      // C1 only: the validator's work is short bursts, and C2 compiling them costs more than it
      // saves in one test run (a cold run takes ~7 s instead of ~10 s).
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-Xmx2g',
      '-jar',
      FHIR_VALIDATOR_PATHS.jar,
      options.packagesDir ?? FHIR_VALIDATOR_PATHS.packages,
    ],
    { cwd: FHIR_VALIDATOR_PATHS.root },
  );
  const connection = new JvmConnection(jvm);
  try {
    await connection.ready(options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await connection.close();
    throw error;
  }
  const validateTimeoutMs = options.validateTimeoutMs ?? 60_000;
  return {
    validate: async (resource, profile) => {
      const issues = await connection.request({ profile, resource }, validateTimeoutMs);
      return buildReport(profile, issues, allowList);
    },
    stop: () => connection.close(),
  };
}

/**
 * The line protocol with the JVM (tools/fhir-validate/README.md): `ready`, then one JSON response
 * line per request line. Requests go one at a time, so each one's timeout is its own work.
 */
class JvmConnection {
  private readonly lines: string[] = [];
  private lineArrived: (() => void) | undefined;
  private stderr = '';
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly jvm: ChildProcessWithoutNullStreams) {
    jvm.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-STDERR_KEPT);
    });
    createInterface({ input: jvm.stdout }).on('line', (line) => {
      this.lines.push(line);
      this.lineArrived?.();
    });
    this.exited = new Promise((resolve) => {
      jvm.once('error', (error) => {
        this.stderr += `\n${error.message}`;
        this.exitCode = null;
        this.lineArrived?.();
        resolve(null);
      });
      jvm.once('exit', (code) => {
        this.exitCode = code;
        this.lineArrived?.();
        resolve(code);
      });
    });
  }

  async ready(timeoutMs: number): Promise<void> {
    const line = await this.nextLine(timeoutMs, 'to load the FHIR packages');
    if (line !== 'ready') throw new Error(`FHIR validator said "${line}" instead of "ready"`);
  }

  request(body: { profile: string; resource: object }, timeoutMs: number): Promise<FhirIssue[]> {
    const send = async (): Promise<FhirIssue[]> => {
      const id = String(this.nextId++);
      this.jvm.stdin.write(`${JSON.stringify({ id, ...body })}\n`);
      const response = JSON.parse(
        await this.nextLine(timeoutMs, 'to validate'),
      ) as ValidatorResponse;
      if (response.id !== id)
        throw new Error(`FHIR validator answered request ${response.id} to ${id}`);
      if (response.error !== undefined) throw new Error(`FHIR validator: ${response.error}`);
      return response.issues ?? [];
    };
    const result = this.queue.then(send);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    if (this.exitCode === undefined) {
      this.jvm.stdin.end();
      const timer = setTimeout(() => this.jvm.kill('SIGKILL'), STOP_GRACE_MS);
      await this.exited;
      clearTimeout(timer);
    }
  }

  private async nextLine(timeoutMs: number, what: string): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.shift();
      if (line !== undefined) return line;
      if (this.exitCode !== undefined) {
        throw new Error(`FHIR validator exited (${this.exitCode}):\n${this.stderr}`);
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        // A late answer would be taken for the next request's: this connection is done.
        this.jvm.kill('SIGKILL');
        throw new Error(`FHIR validator took over ${timeoutMs} ms ${what}:\n${this.stderr}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.lineArrived = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.lineArrived = undefined;
    }
  }
}
