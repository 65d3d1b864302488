// The bench's own kafkajs client on the broker the apps use, and the cleanup of a run's topics.
import kafkajs from 'kafkajs';

const { Kafka, logLevel } = kafkajs;
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

export function benchKafka(clientId) {
  return new Kafka({
    clientId,
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  });
}

/** Deletes the run's topics and consumer groups: everything named with its prefix. */
export async function deleteTopicsAndGroupsWithPrefix(prefix) {
  if (!prefix) throw new Error('refusing to delete topics without a prefix');
  const admin = benchKafka('bench-cleanup').admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const ours = groups.map((group) => group.groupId).filter((id) => id.startsWith(prefix));
    if (ours.length > 0) await admin.deleteGroups(ours).catch(() => undefined);
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

/** Creates topics of `partitions` partitions each, waiting until their leaders are known. */
export async function createTopics(topics, partitions) {
  const admin = benchKafka('bench-topics').admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions: partitions })),
    });
  } finally {
    await admin.disconnect();
  }
}
