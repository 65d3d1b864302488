import pg from 'pg';
import { databaseUrl, isLocalHost } from './environment.mjs';
import { runCommand } from './run-command.mjs';
import { waitUntil } from './wait-until.mjs';

// The command this machine uses to start its own cluster (see docs/stack.md), for the newest
// installed version when there are several.
const START_LOCAL_CLUSTER =
  'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | sort -V | tail -n 1) main start';

/** The server in DATABASE_URL answers, started first when it is the local cluster and down. */
export async function ensurePostgres({ log, env = process.env }) {
  const url = new URL(databaseUrl(env));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  if (!(await answers(admin.href))) {
    if (!isLocalHost(url.hostname)) throw new Error(`PostgreSQL at ${url.host} does not answer`);
    log(`PostgreSQL: starting the local cluster`);
    runCommand(START_LOCAL_CLUSTER);
    await waitUntil(() => query(admin.href, 'SELECT 1'), { what: 'PostgreSQL' });
  }
  return admin.href;
}

/** Creates the database if it does not exist yet; services create their own schemas. */
export async function ensureDatabase({ log, env = process.env }) {
  const adminUrl = await ensurePostgres({ log, env });
  const name = decodeURIComponent(new URL(databaseUrl(env)).pathname.slice(1));
  const existing = await query(adminUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (existing.rowCount === 0) {
    await query(adminUrl, `CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    log(`PostgreSQL: created database ${name}`);
  }
  return name;
}

/** Ready means the server answers and the database exists. */
export async function postgresStatus(env = process.env) {
  const url = new URL(databaseUrl(env));
  return {
    name: 'postgres',
    address: `${url.host}${url.pathname}`,
    ready: await answers(url.href),
  };
}

async function answers(url) {
  try {
    await query(url, 'SELECT 1');
    return true;
  } catch {
    return false;
  }
}

export async function query(url, text, values = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
