import { dropSchema, TEST_DATABASE_URL, uniqueSuffix } from '@infuse/testing';
import { type DataSource } from 'typeorm';
import { harnessDataSource } from '../../test/harness/harness-database';
import { pruneDelivered } from './prune-delivered';

describe('pruneDelivered (real PostgreSQL)', () => {
  const schema = `prune_test_${uniqueSuffix()}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await harnessDataSource(TEST_DATABASE_URL, schema, 2);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema);
  });

  async function outboxRow(eventId: string, publishedHoursAgo: number | null): Promise<void> {
    await dataSource.query(
      `INSERT INTO outbox (event_id, topic, type, source, subject, occurred_at, data, correlation_id, published_at)
       VALUES ($1, 't', 'org.infuse.referral.received.v1', '/infuse/referrals', 'p', now(), '{}', 'r',
               CASE WHEN $2::int IS NULL THEN NULL ELSE now() - make_interval(hours => $2::int) END)`,
      [eventId, publishedHoursAgo],
    );
  }

  it('deletes what was delivered long enough ago, and never an unpublished event', async () => {
    await outboxRow('00000000-0000-4000-8000-000000000001', 200);
    await outboxRow('00000000-0000-4000-8000-000000000002', 1);
    await outboxRow('00000000-0000-4000-8000-000000000003', null);
    await dataSource.query(
      `INSERT INTO inbox (event_id, type, topic, partition, "offset", handled_at)
       VALUES ('old', 't', 't', 0, 1, now() - interval '100 days'), ('recent', 't', 't', 0, 2, now() - interval '1 day')`,
    );

    expect(
      await pruneDelivered(dataSource, { outboxRetentionHours: 168, inboxRetentionDays: 90 }),
    ).toEqual({ outbox: 1, inbox: 1 });

    const outbox = await dataSource.query<{ event_id: string }[]>(
      `SELECT event_id FROM outbox ORDER BY event_id`,
    );
    expect(outbox.map((row) => row.event_id)).toEqual([
      '00000000-0000-4000-8000-000000000002',
      '00000000-0000-4000-8000-000000000003',
    ]);
    const inbox = await dataSource.query<{ event_id: string }[]>(`SELECT event_id FROM inbox`);
    expect(inbox.map((row) => row.event_id)).toEqual(['recent']);
  });
});
