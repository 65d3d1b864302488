import { kafkaConfig, loadConfig } from '@infuse/config';
import { deadLetterTopic, TOPICS } from '@infuse/contracts';
import { deleteTopicsWithPrefix, uniqueSuffix } from '@infuse/testing';
import { type Admin, ConfigResourceTypes } from 'kafkajs';
import { ensureTopics } from './ensure-topics';
import { createKafkaClient } from './kafka-client';

describe('ensureTopics (real broker)', () => {
  const prefix = `test-${uniqueSuffix()}.`;
  const kafka = createKafkaClient(loadConfig([kafkaConfig]).kafka, 'ensure-topics-test');
  let admin: Admin;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin.disconnect();
    await deleteTopicsWithPrefix(prefix);
  });

  async function settingsOf(topic: string): Promise<Record<string, string>> {
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
    });
    return Object.fromEntries(
      resources[0]!.configEntries.map((entry) => [entry.configName, entry.configValue]),
    );
  }

  it('creates a domain topic and its dead-letter topic that delete nothing by age or size', async () => {
    const topic = `${prefix}referrals.referral.v1`;
    const specs = [
      { topic, numPartitions: TOPICS['referrals.referral.v1'].partitions },
      { topic: deadLetterTopic(topic), numPartitions: 1 },
    ];

    expect(await ensureTopics(kafka, specs)).toEqual([topic, deadLetterTopic(topic)]);

    for (const created of [topic, deadLetterTopic(topic)]) {
      expect(await settingsOf(created)).toMatchObject({
        'retention.ms': '-1',
        'retention.bytes': '-1',
      });
    }
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    expect(metadata!.partitions).toHaveLength(TOPICS['referrals.referral.v1'].partitions);
  });

  it('makes a topic an older version created with a finite retention keep every event, its other settings kept', async () => {
    const topic = `${prefix}pharmacy.dispense.v1`;
    const inheritsBrokerDefault = `${prefix}nursing.visit.v1`;
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: 2,
          replicationFactor: -1,
          configEntries: [
            { name: 'retention.ms', value: '86400000' },
            { name: 'retention.bytes', value: '1073741824' },
            { name: 'max.message.bytes', value: '2000000' },
          ],
        },
        { topic: inheritsBrokerDefault, numPartitions: 1, replicationFactor: -1 },
      ],
    });
    expect(await settingsOf(topic)).toMatchObject({ 'retention.ms': '86400000' });
    expect((await settingsOf(inheritsBrokerDefault))['retention.ms']).not.toBe('-1');

    expect(
      await ensureTopics(kafka, [
        { topic, numPartitions: 2 },
        { topic: inheritsBrokerDefault, numPartitions: 1 },
      ]),
    ).toEqual([]);

    expect(await settingsOf(topic)).toMatchObject({
      'retention.ms': '-1',
      'retention.bytes': '-1',
      'max.message.bytes': '2000000',
    });
    expect(await settingsOf(inheritsBrokerDefault)).toMatchObject({
      'retention.ms': '-1',
      'retention.bytes': '-1',
    });
  });

  it('alters nothing on a topic that already keeps every event', async () => {
    const topic = `${prefix}workers.follow-up.v1`;
    await ensureTopics(kafka, [{ topic, numPartitions: 1 }]);
    const alterConfigs = jest.fn();
    const createAdmin = kafka.admin.bind(kafka);
    const adminSpy = jest
      .spyOn(kafka, 'admin')
      .mockImplementation((options) => ({ ...createAdmin(options), alterConfigs }));

    try {
      expect(await ensureTopics(kafka, [{ topic, numPartitions: 1 }])).toEqual([]);
      expect(alterConfigs).not.toHaveBeenCalled();
    } finally {
      adminSpy.mockRestore();
    }
  });
});
