import { testKafka } from './test-kafka';

/**
 * Deletes the topics a test run created (they all share its prefix), so the local broker does
 * not collect partitions run after run.
 */
export async function deleteTopicsWithPrefix(prefix: string): Promise<void> {
  if (!prefix) throw new Error('refusing to delete topics without a prefix');
  const admin = testKafka('test-cleanup').admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}
