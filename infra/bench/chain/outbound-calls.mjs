// The durable outbound calls a service made for the phase's referrals, read from its own
// outbound_call table after the phase: per kind, how long from being recorded (in the caller's
// transaction) to completed, and how many needed more than one attempt. Inside hop 1 this is
// where prior-auth's time goes between its request and the payer's answer.
import { query } from '../../scripts/lib/postgres.mjs';
import { percentiles } from './stats.mjs';

export async function outboundCallFigures({ databaseUrl, schema, referralIds }) {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name ${schema}`);
  const { rows } = await query(
    databaseUrl,
    `SELECT kind, attempts, status,
            extract(epoch FROM completed_at - created_at) * 1000 AS completed_ms
       FROM "${schema}".outbound_call WHERE correlation_id = ANY($1::text[])`,
    [[...referralIds]],
  );
  const byKind = new Map();
  for (const row of rows) {
    if (!byKind.has(row.kind)) byKind.set(row.kind, []);
    byKind.get(row.kind).push(row);
  }
  return [...byKind].map(([kind, calls]) => ({
    kind,
    calls: calls.length,
    retried: calls.filter((call) => call.attempts > 1).length,
    pending: calls.filter((call) => call.status !== 'succeeded').length,
    completed: percentiles(
      calls.filter((call) => call.completed_ms !== null).map((call) => Number(call.completed_ms)),
    ),
  }));
}
