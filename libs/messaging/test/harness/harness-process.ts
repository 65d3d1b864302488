import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CHILD_PROCESS_TSCONFIG } from '@infuse/testing';

const ROOT = join(__dirname, '..', '..', '..', '..');

export interface HarnessProcess {
  child: ChildProcess;
  /** Every JSON line the process reported so far. */
  reports: Record<string, unknown>[];
  exited: Promise<number | null>;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

/** Starts a harness script (TypeScript, run with tsx) and resolves once it reports ready. */
export async function startHarness(
  script: 'relay-process' | 'consumer-process',
  env: Record<string, string>,
): Promise<HarnessProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, `${script}.ts`)], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      TSX_TSCONFIG_PATH: CHILD_PROCESS_TSCONFIG,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const reports: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as Record<string, unknown>;
      reports.push(message);
      if (message['ready']) resolve();
      if (message['error']) reject(new Error(`${script}: ${JSON.stringify(message['error'])}`));
    });
    void exited.then((code) =>
      reject(new Error(`${script} exited with ${code} before it was ready: ${stderr}`)),
    );
  });
  return {
    child,
    reports,
    exited,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
