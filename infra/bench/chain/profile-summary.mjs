// Where a profiled app spent its CPU: the .cpuprofile files Node wrote at exit (--cpu-prof),
// from the samples inside the measured window only (not the boot), summed by self time per module (a package in node_modules, a workspace library or app, Node's
// own code) and per function.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function moduleOf(url) {
  if (!url) return '(native code, GC)';
  const dependency = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency) return dependency[1];
  const workspace = url.match(/dist\/((?:apps|libs)\/[^/]+)/);
  if (workspace) return workspace[1];
  if (url.startsWith('node:')) return 'node';
  return url;
}

/**
 * Self time per profile node of the samples taken between `fromMs` and `toMs` (epoch), placing
 * the profile's end (microseconds on its own clock) at `endedAtMs`, when the process exited.
 */
function selfTimes(profile, { fromMs, toMs, endedAtMs }) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    const epochMs = endedAtMs - (profile.endTime - at) / 1000;
    if (epochMs < fromMs || epochMs > toMs) return;
    selfMs.set(id, (selfMs.get(id) ?? 0) + delta / 1000);
  });
  const modules = new Map();
  const functions = new Map();
  for (const [id, ms] of selfMs) {
    const { callFrame } = byNode.get(id);
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') continue;
    const name = moduleOf(callFrame.url);
    modules.set(name, (modules.get(name) ?? 0) + ms);
    const where = `${callFrame.functionName || '(anonymous)'} ${name}:${callFrame.lineNumber + 1}`;
    functions.set(where, (functions.get(where) ?? 0) + ms);
  }
  return { modules, functions };
}

const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);

/**
 * Prints the busiest modules and functions of each profile of run `run` in `directory`, over
 * the window `fromMs`..`toMs`; `exitedAt` maps an app to when it exited.
 */
export function summariseProfiles(directory, run, { fromMs, toMs, exitedAt }) {
  for (const file of readdirSync(directory).filter((name) => name.endsWith(`.${run}.cpuprofile`))) {
    const app = file.slice(0, file.indexOf('.'));
    const endedAtMs = exitedAt.get(app);
    if (!endedAtMs) continue;
    const profile = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    const { modules, functions } = selfTimes(profile, { fromMs, toMs, endedAtMs });
    const busy = [...modules.values()].reduce((sum, ms) => sum + ms, 0);
    console.log(
      `\nCPU profile of ${app} over the measured phases (${((toMs - fromMs) / 1000).toFixed(0)} s): ${(busy / 1000).toFixed(1)} s sampled outside idle (wall time: on a busy machine it includes waiting for a core); ${join(directory, file)}`,
    );
    for (const [name, ms] of top(modules, 12))
      console.log(`  ${((ms / busy) * 100).toFixed(1).padStart(5)} %  ${name}`);
    console.log('  busiest functions:');
    for (const [name, ms] of top(functions, 15))
      console.log(`  ${((ms / busy) * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
}
