import { randomUUID } from 'node:crypto';
import { type Consumer } from 'kafkajs';
import { testKafka } from './test-kafka';

export interface ReadMessage {
  key: string | null;
  headers: Record<string, string>;
  data: unknown;
  partition: number;
  offset: string;
}

/**
 * Reads a topic from the beginning, as a consumer in a group of its own, so a test can check
 * what a service published (and with which headers).
 */
export class TopicReader {
  private readonly consumer: Consumer;
  private readonly messages: ReadMessage[] = [];

  private readonly kafka = testKafka('topic-reader');

  private constructor(readonly topic: string) {
    this.consumer = this.kafka.consumer({ groupId: `topic-reader-${randomUUID()}` });
  }

  /** Starts reading; waits up to `waitForTopicMs` for a service to create the topic first. */
  static async start(topic: string, waitForTopicMs = 0): Promise<TopicReader> {
    const reader = new TopicReader(topic);
    await reader.topicExists(waitForTopicMs);
    await reader.consumer.connect();
    await reader.consumer.subscribe({ topics: [topic], fromBeginning: true });
    await reader.consumer.run({
      eachMessage: ({ partition, message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {}))
          if (value !== undefined) headers[name] = value.toString();
        reader.messages.push({
          key: message.key?.toString() ?? null,
          headers,
          data: JSON.parse(message.value?.toString() ?? 'null') as unknown,
          partition,
          offset: message.offset,
        });
        return Promise.resolve();
      },
    });
    return reader;
  }

  /** Waits until the messages matching `predicate` number at least `count`, and returns them. */
  async waitFor(
    predicate: (message: ReadMessage) => boolean,
    count = 1,
    timeoutMs = 20_000,
  ): Promise<ReadMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.messages.filter(predicate);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline)
        throw new Error(`only ${matching.length} of ${count} expected messages on ${this.topic}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async topicExists(timeoutMs: number): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const deadline = Date.now() + timeoutMs;
      while (!(await admin.listTopics()).includes(this.topic) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await admin.disconnect();
    }
  }

  /** Every message read so far. */
  all(): readonly ReadMessage[] {
    return this.messages;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
