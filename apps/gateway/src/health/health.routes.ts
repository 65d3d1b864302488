import { type FastifyInstance } from 'fastify';
import { type DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 2000;

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

/**
 * `/health/live` and `/health/ready`, answered as the services answer them. Ready checks what
 * the gateway itself needs, its sessions in PostgreSQL; a service being down shows as a 502 on
 * that service's routes, not as the gateway being unready.
 */
export function registerHealthRoutes(fastify: FastifyInstance, dataSource: DataSource): void {
  fastify.get('/health/live', () => ({ status: 'up' }));
  fastify.get('/health/ready', async (_request, reply) => {
    const postgres = await check(() => dataSource.query('SELECT 1'));
    void reply.code(postgres.status === 'up' ? 200 : 503);
    return { status: postgres.status, checks: { postgres } };
  });
}

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`postgres did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([probe(), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
