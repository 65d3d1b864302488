import { Kafka, logLevel } from 'kafkajs';

/**
 * Deletes the topics a test run created (they all share its prefix), so the local broker does
 * not collect partitions run after run.
 */
export async function deleteTopicsWithPrefix(prefix: string): Promise<void> {
  if (!prefix) throw new Error('refusing to delete topics without a prefix');
  const admin = new Kafka({
    clientId: 'test-cleanup',
    brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}
