import { type ChildProcess, spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { CHILD_PROCESS_TSCONFIG } from './child-process-tsconfig';

const ROOT = join(__dirname, '..', '..', '..');

/** A TypeScript script a test runs in a process of its own, to kill it mid-work. */
export interface TestChildProcess {
  child: ChildProcess;
  /** Every JSON line the process reported on stdout so far. */
  reports: Record<string, unknown>[];
  exited: Promise<number | null>;
  /** SIGTERM: a clean stop. */
  stop(): Promise<void>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
}

/**
 * Starts a script with tsx and resolves once it reports `{ "ready": true }` as a JSON line on
 * stdout; rejects if it reports `{ "error": ... }` or exits first.
 */
export async function startTestChildProcess(
  scriptPath: string,
  env: Record<string, string>,
): Promise<TestChildProcess> {
  const name = basename(scriptPath, '.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', scriptPath], {
    cwd: ROOT,
    // tsx applies a tsconfig's decorator settings only to the files it includes.
    env: { ...process.env, ...env, TSX_TSCONFIG_PATH: CHILD_PROCESS_TSCONFIG },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const reports: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as Record<string, unknown>;
      reports.push(message);
      if (message['ready']) resolve();
      if (message['error']) reject(new Error(`${name}: ${JSON.stringify(message['error'])}`));
    });
    void exited.then((code) =>
      reject(new Error(`${name} exited with ${code} before it was ready: ${stderr}`)),
    );
  });
  const signal = async (name: NodeJS.Signals) => {
    child.kill(name);
    await exited;
  };
  return {
    child,
    reports,
    exited,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}
