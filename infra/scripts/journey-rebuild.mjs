// npm run journey:rebuild: rebuilds the referrals service's journey read model from the topics
// (apps/referrals/src/journey/rebuild), against the stack `npm start` runs, or wherever
// DATABASE_URL, KAFKA_BROKERS and KAFKA_TOPIC_PREFIX point.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildWorkspace, ROOT } from './lib/build.mjs';

try {
  buildWorkspace();
  const result = spawnSync(
    process.execPath,
    [
      '-r',
      join(ROOT, 'infra', 'runtime', 'register-paths.js'),
      join(
        ROOT,
        'dist',
        'apps',
        'referrals',
        'src',
        'journey',
        'rebuild',
        'rebuild-journeys.main.js',
      ),
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 1;
} catch (error) {
  console.error(`journey:rebuild: ${error.message}`);
  process.exitCode = 1;
}
