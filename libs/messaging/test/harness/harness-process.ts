import { join } from 'node:path';
import { startTestChildProcess, type TestChildProcess } from '@infuse/testing';

export type HarnessProcess = TestChildProcess;

/** Starts a harness script (a relay or a consumer in its own process) once it reports ready. */
export function startHarness(
  script: 'relay-process' | 'consumer-process',
  env: Record<string, string>,
): Promise<HarnessProcess> {
  return startTestChildProcess(join(__dirname, `${script}.ts`), env);
}
