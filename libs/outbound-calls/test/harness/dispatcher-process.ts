// A dispatcher in its own process, so a test can kill it with SIGKILL at the worst moments.
import { harnessDataSource } from './harness-database';
import { harnessDispatcher } from './harness-dispatcher';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/** One line of JSON on stdout: how this process reports to the test that started it. */
function report(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function main(): Promise<void> {
  const databaseUrl = required('DATABASE_URL');
  const schema = required('HARNESS_SCHEMA');
  const killAt = process.env['KILL_AT'];
  const dataSource = await harnessDataSource(databaseUrl, schema, 2);
  const die = (moment: string, id: string) => {
    report({ moment, id });
    process.kill(process.pid, 'SIGKILL');
  };
  const { dispatcher } = harnessDispatcher(
    { dataSource, databaseUrl, schema, receiverUrl: required('RECEIVER_URL') },
    {
      dispatch: { leaseMs: Number(required('LEASE_MS')) },
      // The claim has committed; no request has left.
      beforeSend: (row) => (killAt === 'before-send' ? die('claimed', row.id) : undefined),
      // The receiver has the call and answered; the row does not know yet.
      afterAnswer: (row) => (killAt === 'after-answer' ? die('answered', row.id) : undefined),
    },
  );
  dispatcher.start();
  report({ ready: true });
  process.once('SIGTERM', () => {
    void dispatcher.stop().then(async () => {
      await dataSource.destroy();
      process.exit(0);
    });
  });
}

main().catch((error: unknown) => {
  report({ error: String(error) });
  process.exit(1);
});
