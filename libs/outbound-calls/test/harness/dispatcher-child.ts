import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CHILD_PROCESS_TSCONFIG } from '@infuse/testing';

const ROOT = join(__dirname, '..', '..', '..', '..');

export interface DispatcherChild {
  /** Every JSON line the process reported so far. */
  reports: Record<string, unknown>[];
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts dispatcher-process.ts (TypeScript, run with tsx) and resolves once it is ready. */
export async function startDispatcherChild(env: Record<string, string>): Promise<DispatcherChild> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'dispatcher-process.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        // tsx applies a tsconfig's decorator settings only to the files it includes: this one
        // includes every lib, whose Nest decorators the process loads.
        TSX_TSCONFIG_PATH: CHILD_PROCESS_TSCONFIG,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const reports: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as Record<string, unknown>;
      reports.push(message);
      if (message['ready']) resolve();
      if (message['error']) reject(new Error(`dispatcher: ${JSON.stringify(message['error'])}`));
    });
    void exited.then((code) => reject(new Error(`dispatcher exited with ${code}: ${stderr}`)));
  });
  return {
    reports,
    exited,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
