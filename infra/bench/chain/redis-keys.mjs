// Removes the keys (BullMQ queues, schedules) the run's apps made under their Redis prefix.
import Redis from 'ioredis';
import { redisUrl } from '../../scripts/lib/environment.mjs';

export async function deleteKeysWithPrefix(prefix) {
  if (!/^[a-z0-9-]+$/.test(prefix)) throw new Error(`unsafe Redis prefix ${prefix}`);
  const client = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await client.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
