import { join } from 'node:path';
import { startTestChildProcess, type TestChildProcess } from '@infuse/testing';

export type DispatcherChild = TestChildProcess;

/** Starts dispatcher-process.ts in its own process and resolves once it is ready. */
export function startDispatcherChild(env: Record<string, string>): Promise<DispatcherChild> {
  return startTestChildProcess(join(__dirname, 'dispatcher-process.ts'), env);
}
