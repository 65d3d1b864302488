import { spawnSync } from 'node:child_process';

/** Runs a shell command to completion, failing loudly with its output when it fails. */
export function runCommand(command) {
  const result = spawnSync(command, { shell: true, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`"${command}" exited with ${result.status}: ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}
