// A PostgreSQL cluster of the fault run's own, so restarting it disturbs nobody else's work: made
// with initdb (trust for 127.0.0.1 only) in a directory of the run, run by the postgres user on a
// free port, restarted as a fault, and removed with its directory at the end.
import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../bench/chain/stack.mjs';
import { query } from '../scripts/lib/postgres.mjs';
import { waitUntil } from '../scripts/lib/wait-until.mjs';

// The server's binaries of the newest installed major version (Debian keeps them off the PATH).
function binary(name) {
  const found = spawnSync('sh', ['-c', `ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1`], {
    encoding: 'utf8',
  }).stdout.trim();
  if (!found) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
  return join(found, name);
}

/** Runs a server binary as the postgres user (the server refuses to run as root). */
function asPostgres(name, args) {
  const result = spawnSync('runuser', ['-u', 'postgres', '--', binary(name), ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(
      `${name} ${args[0]} exited with ${result.status}: ${result.stderr || result.stdout}`,
    );
  return result.stdout;
}

function postgresUid() {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('no postgres user here');
  return { uid, gid };
}

/**
 * Creates and starts the cluster under `directory`; resolves with `{ url, port, restart, stop,
 * remove }` once the database `infuse` answers. `maxConnections`: the apps' pools, the second
 * instances' and the checks'.
 */
export async function startOwnPostgres({ directory, maxConnections = 400 }) {
  const { uid, gid } = postgresUid();
  const data = join(directory, 'data');
  const sockets = join(directory, 'sockets');
  const logFile = join(directory, 'postgres.log');
  for (const dir of [directory, sockets]) {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  // Listens on 127.0.0.1 only; sockets in the run's directory, not the machine's cluster's.
  const options = [
    `-p ${port}`,
    `-k ${sockets}`,
    `-c listen_addresses=127.0.0.1`,
    `-c max_connections=${maxConnections}`,
  ].join(' ');
  const ctl = (...args) => asPostgres('pg_ctl', [...args, '-D', data, '-s']);
  const server = `postgres://postgres@127.0.0.1:${port}`;
  const url = `${server}/infuse`;
  const answers = () => query(url, 'SELECT 1');

  ctl('start', '-w', '-t', '120', '-l', logFile, '-o', options);
  await waitUntil(() => query(`${server}/postgres`, 'SELECT 1'), { what: 'own PostgreSQL' });
  await query(`${server}/postgres`, 'CREATE DATABASE infuse');
  let running = true;

  return {
    url,
    port,
    logFile,
    /** A fast restart (-m fast): connections are cut, committed work stays. */
    async restart() {
      ctl('restart', '-w', '-t', '120', '-m', 'fast', '-l', logFile, '-o', options);
      await waitUntil(answers, { what: 'own PostgreSQL after its restart', timeoutMs: 120_000 });
    },
    stop() {
      if (!running) return;
      running = false;
      ctl('stop', '-m', 'immediate', '-w', '-t', '60');
    },
    remove() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
