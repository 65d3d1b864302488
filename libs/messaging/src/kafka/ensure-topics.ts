import { type Admin, ConfigResourceTypes, ConfigSource, type Kafka } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
}

/** No deletion by age or by size: a read model can always be rebuilt from its topics. */
export const UNLIMITED_RETENTION: Readonly<Record<string, string>> = {
  'retention.ms': '-1',
  'retention.bytes': '-1',
};

/**
 * Creates the topics that do not exist yet and returns their names. Services call this at boot,
 * before consumers subscribe: auto-creation races with the first subscription.
 *
 * Every topic Infuse creates is a domain event stream or its dead-letter topic, so each keeps
 * every event whatever the broker's default retention: it is created with
 * {@link UNLIMITED_RETENTION}, and one that already exists with a finite retention (created by an
 * older version, or by hand) is altered to it, its other topic settings kept.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<string[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await createMissingTopics(kafka, topics);
    } catch (error) {
      // Services booting side by side create the same topics: one may see a topic another just
      // created before its partitions have leaders ("This server does not host this
      // topic-partition", after kafkajs's own retries). That passes once the broker has settled.
      if (attempt >= ENSURE_ATTEMPTS || !isKafkaError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_MS * 2 ** (attempt - 1)));
    }
  }
}

const ENSURE_ATTEMPTS = 6;
const RETRY_BASE_MS = 100;

function isKafkaError(error: unknown): boolean {
  return error instanceof Error && error.name.startsWith('KafkaJS');
}

async function createMissingTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((spec) => !existing.has(spec.topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((spec) => ({
          topic: spec.topic,
          numPartitions: spec.numPartitions,
          replicationFactor: -1,
          configEntries: configEntries(UNLIMITED_RETENTION),
        })),
      });
    }
    await keepEveryEvent(
      admin,
      topics.filter((spec) => existing.has(spec.topic)).map((spec) => spec.topic),
    );
    return missing.map((spec) => spec.topic);
  } finally {
    await admin.disconnect();
  }
}

/** Alters the topics whose retention is finite to {@link UNLIMITED_RETENTION}. */
async function keepEveryEvent(admin: Admin, topics: readonly string[]): Promise<void> {
  if (topics.length === 0) return;
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })),
  });
  const finite = resources.filter((resource) =>
    Object.entries(UNLIMITED_RETENTION).some(
      ([name, value]) =>
        resource.configEntries.find((entry) => entry.configName === name)?.configValue !== value,
    ),
  );
  if (finite.length === 0) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: finite.map((resource) => {
      // AlterConfigs (the only kind kafkajs sends) replaces every setting of the topic: keep
      // the ones it has of its own, so only the retention changes.
      const own = resource.configEntries
        .filter((entry) => entry.configSource === ConfigSource.TOPIC_CONFIG)
        .map((entry) => [entry.configName, entry.configValue] as const);
      return {
        type: ConfigResourceTypes.TOPIC,
        name: resource.resourceName,
        configEntries: configEntries({ ...Object.fromEntries(own), ...UNLIMITED_RETENTION }),
      };
    }),
  });
}

function configEntries(config: Readonly<Record<string, string>>) {
  return Object.entries(config).map(([name, value]) => ({ name, value }));
}
