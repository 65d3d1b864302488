// npm run infra:up | infra:down | infra:status
import {
  infrastructureDown,
  infrastructureStatus,
  infrastructureUp,
} from './lib/infrastructure.mjs';

const log = (message) => console.log(`[infra] ${message}`);
const command = process.argv[2];

try {
  if (command === 'up') {
    await infrastructureUp({ log });
  } else if (command === 'down') {
    await infrastructureDown({ log });
  } else if (command === 'status') {
    const parts = await infrastructureStatus();
    for (const part of parts)
      log(`${part.name.padEnd(8)} ${part.ready ? 'ready' : 'DOWN'}  ${part.address ?? ''}`);
    process.exitCode = parts.every((part) => part.ready) ? 0 : 3;
  } else {
    console.error('usage: node infra/scripts/infra.mjs up|down|status');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`[infra] ${error.message}`);
  process.exitCode = 1;
}
