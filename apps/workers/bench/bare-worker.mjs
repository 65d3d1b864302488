// The baseline of bench:followups: a bare BullMQ worker that does nothing, on the same Redis and
// with the same concurrency as the workers app. Started by the bench in a process of its own, as
// the app is; reports `{ listening }` over IPC once its worker runs.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Worker } = require('bullmq');

const worker = new Worker(process.env.BENCH_QUEUE, async () => undefined, {
  connection: { url: process.env.REDIS_URL, maxRetriesPerRequest: null },
  prefix: process.env.REDIS_KEY_PREFIX,
  concurrency: Number(process.env.WORKERS_FOLLOW_UP_CONCURRENCY),
});
await worker.waitUntilReady();
process.send?.({ listening: 'bare-worker' });
process.once('SIGTERM', () => void worker.close().then(() => process.exit(0)));
