import { type Kafka } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
}

/**
 * Creates the topics that do not exist yet. Services call this at boot, before consumers
 * subscribe: auto-creation races with the first subscription.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((spec) => !existing.has(spec.topic));
    if (missing.length === 0) return [];
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.topic,
        numPartitions: spec.numPartitions,
        replicationFactor: -1,
      })),
    });
    return missing.map((spec) => spec.topic);
  } finally {
    await admin.disconnect();
  }
}
