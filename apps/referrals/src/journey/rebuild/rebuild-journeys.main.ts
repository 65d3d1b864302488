// npm run journey:rebuild: rebuilds the journey read model of the referrals service from the
// topics, with the environment `npm start` gives the service (DATABASE_URL, KAFKA_BROKERS,
// KAFKA_TOPIC_PREFIX), and prints what differed.
import 'reflect-metadata';
import { databaseConfig, kafkaConfig, loadConfig } from '@infuse/config';
import { openServiceDataSource } from '@infuse/database';
import { createKafkaClient } from '@infuse/messaging';
import { REFERRALS_MIGRATIONS } from '../../migrations/referrals-migrations';
import { referralsService } from '../../referrals.service';
import { rebuildJourneys } from './rebuild-journeys';

async function main(): Promise<number> {
  const { database, kafka } = loadConfig([databaseConfig, kafkaConfig]);
  const { dataSource } = await openServiceDataSource(
    { defaultSchema: referralsService.schema, entities: [], migrations: REFERRALS_MIGRATIONS },
    database,
  );
  try {
    const started = Date.now();
    const report = await rebuildJourneys(
      dataSource,
      createKafkaClient(kafka, 'referrals-journey-rebuild'),
      kafka.KAFKA_TOPIC_PREFIX,
    );
    console.log(
      `journey rebuilt from the topics in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${report.eventsRead} events read, ${report.referrals} referrals, ` +
        `${report.differing.length} differed from the stored journey, ${report.entriesAdded} entries added`,
    );
    for (const referralId of report.differing) console.log(`  differed: referral ${referralId}`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`journey:rebuild: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
