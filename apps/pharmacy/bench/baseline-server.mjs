// The baseline for `npm run bench:verify`: a bare Fastify route that reads a stored dispense
// order with the service's own statement and computes the same worksheet with the clinical
// library, with no Nest, TypeORM, token, role check, audit or problem filter around it.
// Run with `-r infra/runtime/register-paths.js`, so the compiled `@infuse/*` libraries resolve.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';

const require = createRequire(import.meta.url);
const dist = (path) => require(join(process.env.BENCH_DIST, 'apps/pharmacy/src', path));
const { loadConfig } = require('@infuse/config');
const { pharmacySettingsConfig } = dist('pharmacy-settings.config.js');
const { ClinicalPolicy } = dist('clinical-policy.js');
const { DispenseContextReader } = dist('persistence/dispense-context.reader.js');
const { computeWorksheet } = dist('domain/worksheet/build-worksheet.js');
const { worksheetInputOf } = dist('domain/worksheet/worksheet-input.js');
const { dispenseViewOf } = dist('view-dispense/dispense-view.js');

const settings = loadConfig([pharmacySettingsConfig], process.env).pharmacy;
const clinical = new ClinicalPolicy(settings).settings;
const reader = new DispenseContextReader();
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  options: `-c search_path=${process.env.BENCH_SCHEMA}`,
});
// What the reader needs of TypeORM's EntityManager: a query that answers rows.
const manager = { query: async (text, values) => (await pool.query(text, values)).rows };
const app = Fastify();

app.get('/v1/dispenses/:id', async (request, reply) => {
  const context = await reader.read(manager, request.params.id);
  if (!context) return reply.code(404).send({ status: 404 });
  const input = worksheetInputOf(
    context,
    context.order.productId,
    settings.REFERRALS_URL,
    clinical,
  );
  return dispenseViewOf(context.order, context.referral, computeWorksheet(input, clinical));
});

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ listening: address });
process.once('SIGTERM', async () => {
  app.server.closeAllConnections();
  await app.close();
  await pool.end();
  process.exit(0);
});
